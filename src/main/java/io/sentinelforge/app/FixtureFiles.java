package io.sentinelforge.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentinelforge.verify.ExternalData;
import io.sentinelforge.verify.InputRow;
import io.sentinelforge.verify.QueryRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The evaluator reads watchlists and externaldata from files: this writes a request's fixtures to a
 * temporary folder and removes it when closed.
 */
final class FixtureFiles implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;
  private final Map<String, Path> watchlists;
  private final Map<String, Path> externalData;

  private FixtureFiles(Path folder, Map<String, Path> watchlists, Map<String, Path> externalData) {
    this.folder = folder;
    this.watchlists = watchlists;
    this.externalData = externalData;
  }

  static FixtureFiles write(QueryRequest request) throws IOException {
    if (request.watchlists().isEmpty() && request.externalData().isEmpty()) {
      return new FixtureFiles(null, Map.of(), Map.of());
    }
    Path folder = Files.createTempDirectory("sentinel-forge-fixtures-");
    Map<String, Path> watchlists = new HashMap<>();
    int index = 0;
    for (Map.Entry<String, List<InputRow>> list : request.watchlists().entrySet()) {
      Path file = folder.resolve("watchlist-" + index++ + ".jsonl");
      StringBuilder lines = new StringBuilder();
      for (InputRow row : list.getValue()) {
        lines.append(JSON.writeValueAsString(EvalTables.plainRow(row.values()))).append('\n');
      }
      Files.writeString(file, lines);
      watchlists.put(list.getKey(), file);
    }
    Map<String, Path> externalData = new HashMap<>();
    for (Map.Entry<String, ExternalData> source : request.externalData().entrySet()) {
      String name = Path.of(source.getValue().fileName()).getFileName().toString();
      Path file = folder.resolve("externaldata-" + index++ + "-" + name);
      Files.writeString(file, source.getValue().text());
      externalData.put(source.getKey(), file);
    }
    return new FixtureFiles(folder, watchlists, externalData);
  }

  Map<String, Path> watchlists() {
    return watchlists;
  }

  Map<String, Path> externalData() {
    return externalData;
  }

  @Override
  public void close() throws IOException {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
