package io.sentinelforge.app;

import io.sentinelforge.content.ContentLoader;
import io.sentinelforge.content.ContentSet;
import io.sentinelforge.content.LoadedFile;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.render.ArmRenderer;
import io.sentinelforge.render.OutputFolder;
import io.sentinelforge.render.PackJobs;
import io.sentinelforge.render.RenderJob;
import io.sentinelforge.render.RenderResult;
import io.sentinelforge.render.RenderSettings;
import io.sentinelforge.render.RenderedFile;
import io.sentinelforge.render.TemplateEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code build} use case: validate the content pack, run its rule tests, render it in memory,
 * post-check every file, and only then replace the output folder (or, with {@code --check}, compare
 * it). The first failing stage stops the build.
 */
public final class BuildService {

  private final RuleTestStage ruleTests;

  /** A build that runs {@code ruleTests} between validation and rendering. */
  public BuildService(RuleTestStage ruleTests) {
    this.ruleTests = ruleTests;
  }

  /** Runs the build; I/O problems with the folders themselves are exceptions (exit code 2). */
  public BuildResult build(BuildRequest request) throws IOException {
    if (!Files.isDirectory(request.contentFolder())) {
      throw new NoSuchFileException(request.contentFolder().toString(), null, "no content folder");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    ContentSet content = new ContentLoader().loadAll(List.of(request.contentFolder()));
    content.files().stream().map(LoadedFile::diagnostics).forEach(diagnostics::addAll);
    if (hasErrors(diagnostics)) {
      return stopped(BuildResult.Stage.VALIDATE, diagnostics);
    }
    StageOutcome tests = ruleTests.run(request.contentFolder());
    diagnostics.addAll(tests.diagnostics());
    if (tests.failed()) {
      return stopped(BuildResult.Stage.TEST, diagnostics);
    }
    RenderSettings settings = RenderSettings.defaults();
    List<RenderJob> jobs = PackJobs.of(content, settings, diagnostics);
    RenderResult rendered =
        new ArmRenderer(TemplateEngine.create(request.templatesFolder())).render(jobs);
    diagnostics.addAll(rendered.diagnostics());
    if (hasErrors(diagnostics)) {
      return stopped(BuildResult.Stage.RENDER, diagnostics);
    }
    OutputFolder output = new OutputFolder(request.outputFolder());
    List<String> paths = rendered.files().stream().map(RenderedFile::path).toList();
    if (request.check()) {
      return new BuildResult(null, diagnostics, paths, output.differences(rendered.files()));
    }
    output.replace(rendered.files());
    return new BuildResult(null, diagnostics, paths, List.of());
  }

  private static boolean hasErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  private static BuildResult stopped(BuildResult.Stage stage, List<Diagnostic> diagnostics) {
    return new BuildResult(stage, diagnostics, List.of(), List.of());
  }
}
