package io.sentinelforge.verify;

import java.util.Optional;

/** A scheduled rule's trigger operator, applied to the number of result rows. */
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

  /** Parses {@code gt}/{@code GreaterThan} and the others (case-insensitive). */
  public static Optional<TriggerOperator> parse(String text) {
    for (TriggerOperator operator : values()) {
      if (operator.shortName.equalsIgnoreCase(text) || operator.armName.equalsIgnoreCase(text)) {
        return Optional.of(operator);
      }
    }
    return Optional.empty();
  }

  /** True when {@code rowCount} compared with {@code threshold} triggers the rule. */
  public boolean triggers(int rowCount, int threshold) {
    switch (this) {
      case GREATER_THAN:
        return rowCount > threshold;
      case LESS_THAN:
        return rowCount < threshold;
      case EQUAL:
        return rowCount == threshold;
      default:
        return rowCount != threshold;
    }
  }

  /** The YAML spelling, e.g. {@code gt}. */
  public String shortName() {
    return shortName;
  }
}
