package io.sentinelforge.content.check;

import com.google.re2j.Pattern;
import io.sentinelforge.content.ContentCodes;

/** Rule 1: {@code id} must parse as a GUID (the forms .NET {@code Guid.Parse} accepts). */
public final class IdCheck implements FileCheck {

  private static final String HEX36 =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-" + "[0-9a-fA-F]{12}";
  private static final Pattern GUID =
      Pattern.compile("^(" + HEX36 + "|[0-9a-fA-F]{32}|\\{" + HEX36 + "\\}|\\(" + HEX36 + "\\))$");

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (!target.hasItem()) {
      return;
    }
    target
        .scalar("id")
        .filter(id -> !GUID.matcher(id.value().trim()).matches())
        .ifPresent(
            id ->
                findings.error(
                    ContentCodes.ID_NOT_GUID,
                    "id '"
                        + id.value()
                        + "' is not a GUID (e.g. "
                        + "0b5f1c8e-2d4a-4c1e-9f3a-1234567890ab); generate one with "
                        + "'sentinel-forge new rule'",
                    id.span()));
  }
}
