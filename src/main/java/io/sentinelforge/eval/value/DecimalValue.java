package io.sentinelforge.eval.value;

import java.math.BigDecimal;
import java.util.Objects;

/** A KQL {@code decimal}; kept without trailing zeros so equal numbers are equal values. */
public record DecimalValue(BigDecimal value) implements Value {

  public DecimalValue {
    Objects.requireNonNull(value, "value");
    value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  @Override
  public KqlType type() {
    return KqlType.DECIMAL;
  }

  @Override
  public <R> R accept(ValueVisitor<R> visitor) {
    return visitor.visitDecimal(this);
  }
}
