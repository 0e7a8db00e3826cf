package io.sentinelforge.verify.spec;

import io.sentinelforge.diag.SourceSpan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partial description of an alert (subset match): every given field must hold for the alert.
 *
 * @param entities {@code Type.Identifier} → value, e.g. {@code Account.AadUserId}
 * @param customDetails custom detail key → value
 * @param columns query output column → value, held by some row of the alert
 * @param displayName the rendered alert name, or null
 * @param description the rendered alert description, or null
 * @param severity the alert severity, or null
 */
public record AlertMatcher(
    Map<String, Object> entities,
    Map<String, Object> customDetails,
    Map<String, Object> columns,
    String displayName,
    String description,
    String severity,
    SourceSpan span) {

  /** Keeps key order. */
  public AlertMatcher {
    entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    customDetails = Collections.unmodifiableMap(new LinkedHashMap<>(customDetails));
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }
}
