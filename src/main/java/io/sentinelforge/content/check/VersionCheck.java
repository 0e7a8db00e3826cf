package io.sentinelforge.content.check;

import com.google.re2j.Pattern;
import io.sentinelforge.content.ContentCodes;

/** Rule 19: version is at most 20 characters of the form {@code X.Y.Z} (digits only). */
public final class VersionCheck implements FileCheck {

  private static final Pattern VERSION = Pattern.compile("^\\d+\\.\\d+\\.\\d+$");

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (!target.hasItem()) {
      return;
    }
    target
        .scalar("version")
        .filter(v -> v.value().length() > 20 || !VERSION.matcher(v.value()).matches())
        .ifPresent(
            v ->
                findings.error(
                    ContentCodes.VERSION,
                    "version '" + v.value() + "' must be X.Y.Z with digits only (e.g. 1.0.0)",
                    v.span()));
  }
}
