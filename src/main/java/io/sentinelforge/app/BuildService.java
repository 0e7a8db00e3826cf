package io.sentinelforge.app;

import io.sentinelforge.content.CompactContent;
import io.sentinelforge.content.CompactLoader;
import io.sentinelforge.content.ContentSet;
import io.sentinelforge.content.ProjectConfig;
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

  private final ValidateService validateService;
  private final RuleTestStage ruleTests;

  /** A build that validates with {@code validateService} and then runs {@code ruleTests}. */
  public BuildService(ValidateService validateService, RuleTestStage ruleTests) {
    this.validateService = validateService;
    this.ruleTests = ruleTests;
  }

  /** Runs the build; I/O problems with the folders themselves are exceptions (exit code 2). */
  public BuildResult build(BuildRequest request) throws IOException {
    if (!Files.isDirectory(request.contentFolder())) {
      throw new NoSuchFileException(request.contentFolder().toString(), null, "no content folder");
    }
    ValidateResult validation =
        validateService.validate(new ValidateRequest(List.of(request.contentFolder())));
    List<Diagnostic> diagnostics = new ArrayList<>(validation.diagnostics());
    if (validation.hasErrors()) {
      return stopped(BuildResult.Stage.VALIDATE, diagnostics);
    }
    ContentSet content = validation.content();
    StageOutcome tests = ruleTests.run(request.contentFolder());
    diagnostics.addAll(tests.diagnostics());
    List<String> summaries = tests.summary().isEmpty() ? List.of() : List.of(tests.summary());
    if (tests.failed()) {
      return new BuildResult(BuildResult.Stage.TEST, diagnostics, List.of(), List.of(), summaries);
    }
    RenderSettings settings = settings(validation.config());
    CompactContent compact = new CompactLoader().loadAll(List.of(request.contentFolder()));
    List<RenderJob> jobs = PackJobs.of(content, compact, settings, diagnostics);
    RenderResult rendered =
        new ArmRenderer(TemplateEngine.create(request.templatesFolder())).render(jobs);
    diagnostics.addAll(rendered.diagnostics());
    if (hasErrors(diagnostics)) {
      return new BuildResult(
          BuildResult.Stage.RENDER, diagnostics, List.of(), List.of(), summaries);
    }
    OutputFolder output = new OutputFolder(request.outputFolder());
    List<String> paths = rendered.files().stream().map(RenderedFile::path).toList();
    if (request.check()) {
      return new BuildResult(
          null, diagnostics, paths, output.differences(rendered.files()), summaries);
    }
    output.replace(rendered.files());
    return new BuildResult(null, diagnostics, paths, List.of(), summaries);
  }

  /** Rendering choices from the project config; unset families keep DESIGN.md's defaults. */
  static RenderSettings settings(ProjectConfig config) {
    RenderSettings defaults = RenderSettings.defaults();
    return new RenderSettings(
        orDefault(config.apiVersion("securityInsights"), defaults.securityInsightsApiVersion()),
        orDefault(config.apiVersion("savedSearches"), defaults.savedSearchesApiVersion()),
        orDefault(config.apiVersion("workbooks"), defaults.workbooksApiVersion()),
        orDefault(config.apiVersion("logicApps"), defaults.logicAppsApiVersion()),
        orDefault(config.apiVersion("connections"), defaults.connectionsApiVersion()),
        defaults.rulesEnabled());
  }

  private static String orDefault(String value, String fallback) {
    return value != null ? value : fallback;
  }

  private static boolean hasErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  private static BuildResult stopped(BuildResult.Stage stage, List<Diagnostic> diagnostics) {
    return new BuildResult(stage, diagnostics, List.of(), List.of(), List.of());
  }
}
