package io.sentinelforge.verify;

/**
 * {@code alertDetailsOverride}: formats with {@code {{Column}}} placeholders and columns that
 * override severity or tactics; null members are not overridden.
 */
public record AlertDetailsOverrideSpec(
    String displayNameFormat,
    String descriptionFormat,
    String severityColumnName,
    String tacticsColumnName) {

  /** No override at all. */
  public static final AlertDetailsOverrideSpec NONE =
      new AlertDetailsOverrideSpec(null, null, null, null);
}
