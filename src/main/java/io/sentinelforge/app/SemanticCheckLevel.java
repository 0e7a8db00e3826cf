package io.sentinelforge.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.kql.schema.SchemaCatalog;
import io.sentinelforge.kql.schema.TableSchemaReader;
import io.sentinelforge.kql.semantic.Binder;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.ParseResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code kql check --level semantic}: binds names and types against the built-in table and function
 * catalogue (the semantic engineer's {@link Binder}).
 */
public final class SemanticCheckLevel implements KqlCheckLevel {

  private final SchemaCatalog catalog;

  /** A level using the built-in catalogue. */
  public SemanticCheckLevel() {
    this(SchemaCatalog.builtIn());
  }

  /** A level using a given catalogue. */
  public SemanticCheckLevel(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The built-in catalogue plus the tables of a schema file in the {@code tables.json} form ({@code
   * {"Table": [{"name", "type"}]}}) or the analyzer form ({@code {"tables": {...}}}).
   *
   * @throws IOException when the file cannot be read or is not such a document (message says why)
   */
  public static SemanticCheckLevel withSchemaFile(Path file) throws IOException {
    JsonNode document;
    try {
      document = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException malformed) {
      throw new IOException(
          file + ": not valid JSON: " + malformed.getOriginalMessage(), malformed);
    }
    try {
      return new SemanticCheckLevel(
          SchemaCatalog.builtIn().withTables(TableSchemaReader.read(document)));
    } catch (IllegalArgumentException wrongShape) {
      throw new IOException(file + ": " + wrongShape.getMessage(), wrongShape);
    }
  }

  @Override
  public List<KqlDiagnostic> check(ParseResult parsed) {
    return Binder.bind(parsed.query(), catalog).diagnostics();
  }
}
