package io.sentinelforge.content;

import java.util.Optional;

/** A scheduled rule's trigger comparison; YAML accepts the short and the ARM spelling. */
public enum TriggerOperator {
  GREATER_THAN("gt", "GreaterThan"),
  LESS_THAN("lt", "LessThan"),
  EQUAL("eq", "Equal"),
  NOT_EQUAL("ne", "NotEqual");

  private final String shortName;
  private final String armName;

  TriggerOperator(String shortName, String armName) {
    this.shortName = shortName;
    this.armName = armName;
  }

  /** The ARM value, e.g. {@code GreaterThan}. */
  public String armName() {
    return armName;
  }

  /** The short YAML value, e.g. {@code gt}. */
  public String shortName() {
    return shortName;
  }

  /** True when {@code count} satisfies {@code count <operator> threshold}. */
  public boolean test(long count, long threshold) {
    switch (this) {
      case GREATER_THAN:
        return count > threshold;
      case LESS_THAN:
        return count < threshold;
      case EQUAL:
        return count == threshold;
      default:
        return count != threshold;
    }
  }

  /** Parses one of the 8 accepted spellings (exact case, as the repository's validator). */
  public static Optional<TriggerOperator> parse(String text) {
    for (TriggerOperator operator : values()) {
      if (operator.shortName.equals(text) || operator.armName.equals(text)) {
        return Optional.of(operator);
      }
    }
    return Optional.empty();
  }
}
