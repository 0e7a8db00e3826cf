package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

  @TempDir Path project;

  @Test
  void replacesTheWholeFolderAndReportsDifferences() throws Exception {
    OutputFolder output = new OutputFolder(project.resolve("generated"));
    List<RenderedFile> first =
        List.of(
            new RenderedFile("a/one.json", "{}\n", "x"), new RenderedFile("two.json", "[]", "y"));
    assertEquals(List.of("missing: a/one.json", "missing: two.json"), output.differences(first));
    output.replace(first);
    assertEquals(List.of(), output.differences(first));

    List<RenderedFile> second =
        List.of(
            new RenderedFile("a/one.json", "{ }\n", "x"), new RenderedFile("three.json", "1", "z"));
    assertEquals(
        List.of("changed: a/one.json", "missing: three.json", "stale: two.json"),
        output.differences(second));
    output.replace(second);
    assertEquals(List.of(), output.differences(second));
    assertFalse(Files.exists(project.resolve("generated/two.json")));
    try (var leftovers = Files.list(project)) {
      assertEquals(List.of(project.resolve("generated")), leftovers.toList());
    }
  }
}
