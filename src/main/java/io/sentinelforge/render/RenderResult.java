package io.sentinelforge.render;

import io.sentinelforge.diag.Diagnostic;
import java.util.List;

/**
 * What rendering produced: the files (only meaningful when there are no errors) and the problems.
 *
 * @param files rendered files sorted by path
 * @param diagnostics template failures and post-check findings
 */
public record RenderResult(List<RenderedFile> files, List<Diagnostic> diagnostics) {

  /** True when some diagnostic is an error, so nothing may be written. */
  public boolean failed() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
