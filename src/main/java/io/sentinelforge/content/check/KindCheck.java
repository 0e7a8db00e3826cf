package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.FileRole;
import io.sentinelforge.content.RuleKind;
import io.sentinelforge.content.yaml.YamlScalar;

/**
 * {@code kind}: Scheduled or NRT. Another case ({@code scheduled}) is accepted by Sentinel's
 * converter, so only a warning; other kinds (Fusion, …) are not analytics rules we can handle.
 */
public final class KindCheck implements FileCheck {

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (target.role() != FileRole.ANALYTIC_RULE) {
      return;
    }
    target
        .source()
        .root()
        .get("kind")
        .filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast)
        .filter(scalar -> !scalar.isNull())
        .ifPresent(scalar -> checkKind(scalar, findings));
  }

  private static void checkKind(YamlScalar scalar, Findings findings) {
    String text = scalar.value();
    RuleKind.parse(text)
        .ifPresentOrElse(
            kind -> {
              if (!kind.yamlName().equals(text)) {
                findings.warning(
                    ContentCodes.KIND_CASE,
                    "kind '" + text + "' should be written '" + kind.yamlName() + "'",
                    scalar.span());
              }
            },
            () ->
                findings.error(
                    ContentCodes.UNSUPPORTED_KIND,
                    "kind '" + text + "' is not supported; expected Scheduled or NRT",
                    scalar.span()));
  }
}
