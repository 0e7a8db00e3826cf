package io.sentinelforge.content.check;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.yaml.YamlMapping;
import java.util.Optional;

/**
 * Rule 17: alertDisplayNameFormat 1–256 and alertDescriptionFormat 1–5000 characters, each with at
 * most 3 {@code {{Column}}} placeholders.
 */
public final class AlertDetailsOverrideCheck implements FileCheck {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)\\}\\}");

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (target.rule().isEmpty()) {
      return;
    }
    Optional<YamlMapping> override =
        target
            .source()
            .node("alertDetailsOverride")
            .filter(YamlMapping.class::isInstance)
            .map(YamlMapping.class::cast);
    if (override.isEmpty()) {
      return;
    }
    format(target, "alertDisplayNameFormat", 256, override.get(), findings);
    format(target, "alertDescriptionFormat", 5000, override.get(), findings);
  }

  private static void format(
      CheckTarget target, String key, int limit, YamlMapping override, Findings findings) {
    if (override.get(key).isEmpty()) {
      return;
    }
    String path = "alertDetailsOverride." + key;
    String text = target.scalar(path).map(s -> s.value()).orElse("");
    if (text.isBlank() || text.length() > limit) {
      findings.error(
          ContentCodes.ALERT_DETAILS_OVERRIDE,
          key + " must have 1 to " + limit + " characters (found " + text.length() + ")",
          target.span(path));
    }
    int placeholders = 0;
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      placeholders++;
    }
    if (placeholders > 3) {
      findings.error(
          ContentCodes.ALERT_DETAILS_OVERRIDE,
          key + " has " + placeholders + " {{column}} placeholders; Sentinel allows at most 3",
          target.span(path));
    }
  }
}
