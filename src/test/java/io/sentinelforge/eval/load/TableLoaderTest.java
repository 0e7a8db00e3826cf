package io.sentinelforge.eval.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sentinelforge.eval.table.CellText;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines, CSV and inline rows typed by a schema; bad input gives located diagnostics. */
class TableLoaderTest {

  private static final List<ColumnSchema> SCHEMA =
      List.of(
          new ColumnSchema("TimeGenerated", KqlType.DATETIME),
          new ColumnSchema("Count", KqlType.LONG),
          new ColumnSchema("Name", KqlType.STRING),
          new ColumnSchema("Bag", KqlType.DYNAMIC));

  @TempDir Path folder;

  @Test
  void jsonLinesAreTypedBySchemaAndMissingColumnsAreNull() throws Exception {
    Path file =
        write(
            "a.jsonl",
            "{\"TimeGenerated\":\"2026-01-15T10:00:00.5Z\",\"Count\":3,\"Name\":\"x\",\"Bag\":{\"k\":[1]}}\n"
                + "{\"TimeGenerated\":\"2026-01-15 11:00:00\"}\n");
    Table table = TableLoader.load(file, SCHEMA);
    assertEquals(2, table.rowCount());
    assertEquals("2026-01-15T10:00:00.500Z", CellText.of(table.column("TimeGenerated"), 0));
    assertEquals("3", CellText.of(table.column("Count"), 0));
    assertEquals("{\"k\":[1]}", CellText.of(table.column("Bag"), 0));
    assertEquals("", CellText.of(table.column("Count"), 1));
    assertEquals("", CellText.of(table.column("Name"), 1));
  }

  @Test
  void csvQuotedFieldsAndJsonTextForDynamic() throws Exception {
    Path file =
        write(
            "a.csv",
            "TimeGenerated,Count,Name,Bag\n"
                + "2026-01-15T10:00:00Z,7,\"a, \"\"quoted\"\" name\",\"[{\"\"r\"\":1}]\"\n");
    Table table = TableLoader.load(file, SCHEMA);
    assertEquals("a, \"quoted\" name", CellText.of(table.column("Name"), 0));
    assertEquals("[{\"r\":1}]", CellText.of(table.column("Bag"), 0));
  }

  @Test
  void unknownColumnIsALocatedError() throws Exception {
    Path file = write("a.jsonl", "{\"Count\":1}\n{\"Cuont\":2}\n");
    DataLoadException error =
        assertThrows(DataLoadException.class, () -> TableLoader.load(file, SCHEMA));
    assertEquals(DataLoadException.UNKNOWN_COLUMN, error.diagnostic().code());
    assertEquals(2, error.diagnostic().span().line());
  }

  @Test
  void badValueNamesColumnAndType() throws Exception {
    Path file = write("a.csv", "Count\n1\nnot-a-number\n");
    DataLoadException error =
        assertThrows(DataLoadException.class, () -> TableLoader.load(file, SCHEMA));
    assertEquals(DataLoadException.BAD_VALUE, error.diagnostic().code());
    assertEquals(3, error.diagnostic().span().line());
  }

  @Test
  void inlineRowsWithoutSchemaAreInferred() throws Exception {
    Table table =
        TableLoader.fromRows(
            List.of(Map.of("T", "2026-01-15T10:00:00Z", "N", 5, "R", 1.5, "B", true)),
            null,
            "inline");
    assertEquals(KqlType.DATETIME, table.column("T").type());
    assertEquals(KqlType.LONG, table.column("N").type());
    assertEquals(KqlType.REAL, table.column("R").type());
    assertEquals(KqlType.BOOL, table.column("B").type());
  }

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
