package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.Suggestions;
import java.util.List;

/** Rule 2: severity is Informational, Low, Medium or High (exact case). */
public final class SeverityCheck implements FileCheck {

  /** The accepted severities. */
  public static final List<String> SEVERITIES = List.of("Informational", "Low", "Medium", "High");

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (target.rule().isEmpty()) {
      return;
    }
    target
        .scalar("severity")
        .filter(s -> !SEVERITIES.contains(s.value()))
        .ifPresent(
            s ->
                findings.error(
                    ContentCodes.SEVERITY,
                    "severity '"
                        + s.value()
                        + "' is not one of "
                        + String.join(", ", SEVERITIES)
                        + Suggestions.closest(s.value(), SEVERITIES)
                            .map(x -> "; did you mean '" + x + "'?")
                            .orElse(""),
                    s.span()));
  }
}
