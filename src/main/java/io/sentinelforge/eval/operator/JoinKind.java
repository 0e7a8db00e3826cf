package io.sentinelforge.eval.operator;

import java.util.Locale;
import java.util.Optional;

/** The join flavors of KQL; {@link #INNERUNIQUE} is the default when no kind is given. */
public enum JoinKind {
  INNERUNIQUE,
  INNER,
  LEFTOUTER,
  RIGHTOUTER,
  FULLOUTER,
  LEFTANTI,
  RIGHTANTI,
  LEFTSEMI,
  RIGHTSEMI;

  /**
   * Parses a kind name, including the aliases {@code anti}, {@code leftantisemi}, {@code
   * rightantisemi}.
   */
  public static Optional<JoinKind> parse(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "anti":
      case "leftantisemi":
        return Optional.of(LEFTANTI);
      case "rightantisemi":
        return Optional.of(RIGHTANTI);
      case "semi":
        return Optional.of(LEFTSEMI);
      default:
        for (JoinKind kind : values()) {
          if (kind.name().toLowerCase(Locale.ROOT).equals(lower)) {
            return Optional.of(kind);
          }
        }
        return Optional.empty();
    }
  }

  /** Whether unmatched left rows are kept. */
  boolean keepsUnmatchedLeft() {
    return this == LEFTOUTER || this == FULLOUTER;
  }

  /** Whether unmatched right rows are kept. */
  boolean keepsUnmatchedRight() {
    return this == RIGHTOUTER || this == FULLOUTER;
  }
}
