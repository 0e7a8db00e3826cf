package io.sentinelforge.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import io.sentinelforge.kql.schema.DeclarationReader;
import io.sentinelforge.kql.schema.SchemaCatalog;
import io.sentinelforge.kql.schema.StoredFunction;
import io.sentinelforge.kql.schema.TableSchema;
import io.sentinelforge.kql.schema.WatchlistSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schema declarations of a content pack (docs/semantic.md): {@code schemas/*.yaml} with {@code
 * tables:}, {@code watchlists:} and {@code functions:} lists, and {@code parsers/*.yaml} in the
 * Azure-Sentinel parser format. Returns the built-in catalogue extended with them.
 */
final class ContentSchemas {

  /** A malformed schema declaration file. */
  static final String BAD_DECLARATION = "KQL150";

  private static final YAMLMapper YAML = new YAMLMapper();

  /**
   * The catalogue and any problems found.
   *
   * @param catalog built-in plus declared
   * @param diagnostics problems in declaration files
   */
  record Loaded(SchemaCatalog catalog, List<Diagnostic> diagnostics) {}

  private ContentSchemas() {}

  static Loaded load(Path contentRoot) {
    List<TableSchema> tables = new ArrayList<>();
    List<WatchlistSchema> watchlists = new ArrayList<>();
    List<StoredFunction> functions = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path file : yamlFiles(contentRoot.resolve("schemas"))) {
      try {
        JsonNode root = YAML.readTree(file.toFile());
        root.path("tables").forEach(node -> tables.add(DeclarationReader.table(node)));
        root.path("watchlists").forEach(node -> watchlists.add(DeclarationReader.watchlist(node)));
        root.path("functions").forEach(node -> functions.add(DeclarationReader.function(node)));
      } catch (IOException | IllegalArgumentException bad) {
        diagnostics.add(problem(file, bad));
      }
    }
    for (Path file : yamlFiles(contentRoot.resolve("parsers"))) {
      try {
        functions.add(DeclarationReader.function(YAML.readTree(file.toFile())));
      } catch (IOException | IllegalArgumentException bad) {
        diagnostics.add(problem(file, bad));
      }
    }
    SchemaCatalog catalog =
        SchemaCatalog.builtIn()
            .withTables(tables)
            .withWatchlists(watchlists)
            .withStoredFunctions(functions);
    return new Loaded(catalog, diagnostics);
  }

  private static Diagnostic problem(Path file, Exception bad) {
    String message = bad.getMessage() == null ? bad.getClass().getSimpleName() : bad.getMessage();
    return Diagnostic.error(
        BAD_DECLARATION,
        "cannot read schema declarations: " + message.lines().findFirst().orElse(""),
        SourceSpan.ofFile(file.toString()));
  }

  private static List<Path> yamlFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException unreadable) {
      return List.of();
    }
  }

  /** The content root of a content file: the nearest folder with a project config, or null. */
  static Path rootOf(Path file) {
    for (Path folder = file.toAbsolutePath().getParent();
        folder != null;
        folder = folder.getParent()) {
      if (Files.exists(folder.resolve("sentinel-forge.yaml"))) {
        return folder;
      }
    }
    return null;
  }
}
