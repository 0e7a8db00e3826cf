package io.sentinelforge.eval.load;

import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.value.KqlType;
import java.util.ArrayList;
import java.util.List;

/** Infers CSV column types: long, real, bool, datetime, dynamic (JSON text), else string. */
final class CsvTypes {

  private static final KqlType[] CANDIDATES = {
    KqlType.LONG, KqlType.REAL, KqlType.BOOL, KqlType.DATETIME
  };

  private CsvTypes() {}

  static List<ColumnSchema> infer(List<String> header, List<List<String>> rows) {
    List<ColumnSchema> schema = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      schema.add(new ColumnSchema(header.get(i).trim(), typeOf(rows, i)));
    }
    return schema;
  }

  private static KqlType typeOf(List<List<String>> rows, int i) {
    boolean anyValue = false;
    boolean allJson = true;
    for (List<String> row : rows) {
      if (i < row.size() && !row.get(i).isBlank()) {
        anyValue = true;
        String text = row.get(i).trim();
        allJson &= text.startsWith("[") || text.startsWith("{");
      }
    }
    if (!anyValue) {
      return KqlType.STRING;
    }
    if (allJson) {
      return KqlType.DYNAMIC;
    }
    for (KqlType candidate : CANDIDATES) {
      if (CsvLoader.fits(candidate, rows, i)) {
        return candidate;
      }
    }
    return KqlType.STRING;
  }
}
