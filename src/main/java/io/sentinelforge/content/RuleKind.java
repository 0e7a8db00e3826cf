package io.sentinelforge.content;

import java.util.Locale;
import java.util.Optional;

/** The analytics rule kinds Sentinel Forge loads; YAML parses them case-insensitively. */
public enum RuleKind {
  SCHEDULED("Scheduled"),
  NRT("NRT");

  private final String yamlName;

  RuleKind(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The canonical spelling, also the ARM {@code kind}. */
  public String yamlName() {
    return yamlName;
  }

  /** Parses {@code kind:} ignoring case, as the Azure-Sentinel converter does. */
  public static Optional<RuleKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (RuleKind kind : values()) {
      if (kind.yamlName.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
