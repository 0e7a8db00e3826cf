package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sentinelforge.content.CompactLoader;
import io.sentinelforge.content.ContentLoader;
import io.sentinelforge.content.ContentSet;
import io.sentinelforge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code golden/render} holds an {@code input/} content pack and the {@code
 * expected/} output folder; rendering the input must give exactly the expected files. Regenerate
 * with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenRenderTest {

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> folders = Files.list(Golden.ROOT)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void rendersExactlyTheGoldenFiles(Path goldenCase) throws IOException {
    ContentSet content = new ContentLoader().loadAll(List.of(goldenCase.resolve("input")));
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<RenderJob> jobs =
        PackJobs.of(
            content,
            new CompactLoader().loadAll(List.of(goldenCase.resolve("input"))),
            RenderSettings.defaults(),
            diagnostics);
    RenderResult result = new ArmRenderer(TemplateEngine.create(null)).render(jobs);
    diagnostics.addAll(result.diagnostics());
    assertEquals(List.of(), diagnostics);

    Path expected = goldenCase.resolve("expected");
    List<String> rendered = new ArrayList<>();
    for (RenderedFile file : result.files()) {
      Golden.assertMatches(expected.resolve(file.path()), file.text());
      rendered.add(file.path());
    }
    assertEquals(goldenFiles(expected), rendered, "golden files without rendered output");
  }

  private static List<String> goldenFiles(Path expected) throws IOException {
    try (Stream<Path> files = Files.walk(expected)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> expected.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
