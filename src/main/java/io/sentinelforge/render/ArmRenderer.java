package io.sentinelforge.render;

import freemarker.template.TemplateException;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders jobs through the templates, entirely in memory, and post-checks every file; the caller
 * writes nothing unless the result has no errors.
 */
public final class ArmRenderer {

  static final String TEMPLATE_FAILED = "RND010";
  static final String DUPLICATE_OUTPUT = "RND011";

  private final TemplateEngine engine;
  private final ArmTemplateCheck check;

  /** A renderer over the given templates with the standard post-check. */
  public ArmRenderer(TemplateEngine engine) {
    this.engine = engine;
    this.check = ArmTemplateCheck.standard();
  }

  /** Renders and checks every job; files come back sorted by path. */
  public RenderResult render(List<RenderJob> jobs) {
    List<RenderedFile> files = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    for (RenderJob job : jobs) {
      if (!paths.add(job.outputPath())) {
        diagnostics.add(
            Diagnostic.error(
                DUPLICATE_OUTPUT,
                "two content files render to " + job.outputPath() + "; rename one of them",
                SourceSpan.ofFile(job.source())));
        continue;
      }
      try {
        RenderedFile file =
            new RenderedFile(
                job.outputPath(), engine.render(job.template(), job.model()), job.source());
        files.add(file);
        diagnostics.addAll(check.check(file));
      } catch (TemplateException e) {
        diagnostics.add(
            Diagnostic.error(
                TEMPLATE_FAILED,
                "template "
                    + job.template()
                    + " failed for "
                    + job.outputPath()
                    + ": "
                    + firstLine(e.getMessageWithoutStackTop()),
                SourceSpan.ofFile(job.source())));
      }
    }
    files.sort(Comparator.comparing(RenderedFile::path));
    return new RenderResult(List.copyOf(files), List.copyOf(diagnostics));
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
