package io.sentinelforge.content.yaml;

import io.sentinelforge.diag.SourceSpan;

/** A node of a parsed YAML document that remembers where it came from. */
public sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar {

  /** Where the node starts and ends in the file. */
  SourceSpan span();

  /** The YAML type name used in messages: {@code mapping}, {@code list}, {@code string}, … */
  String typeName();
}
