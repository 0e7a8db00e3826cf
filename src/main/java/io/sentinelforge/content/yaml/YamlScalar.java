package io.sentinelforge.content.yaml;

import io.sentinelforge.diag.SourceMap;
import io.sentinelforge.diag.SourceSpan;

/**
 * A scalar: its text value as YAML reads it, its style and resolved type, and a map from offsets in
 * the value back to the file.
 *
 * @param value the value (for a null scalar, the raw text such as {@code ""} or {@code ~})
 * @param style how it is written
 * @param type the implicitly resolved type
 * @param span the whole scalar token in the file (indicator or quotes included)
 * @param valueMap maps offsets of {@code value} to the file
 */
public record YamlScalar(
    String value, ScalarStyle style, ScalarType type, SourceSpan span, SourceMap valueMap)
    implements YamlNode {

  @Override
  public String typeName() {
    return type.label();
  }

  /** True for {@code key:} with nothing after it, {@code ~} or {@code null}. */
  public boolean isNull() {
    return type == ScalarType.NULL;
  }
}
