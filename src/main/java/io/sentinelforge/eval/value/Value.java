package io.sentinelforge.eval.value;

/**
 * A KQL value. Scalars of every type, and the containers of {@code dynamic} (arrays, property
 * bags); a {@code dynamic} scalar is represented by the scalar itself. Nulls are typed ({@link
 * NullValue}); {@code string} has no null, its empty value is {@code ""}.
 */
public sealed interface Value
    permits StringValue,
        IntValue,
        LongValue,
        RealValue,
        DecimalValue,
        BoolValue,
        DateTimeValue,
        TimespanValue,
        GuidValue,
        ArrayValue,
        BagValue,
        NullValue {

  /** The KQL type of this value ({@code dynamic} for arrays and bags). */
  KqlType type();

  /** Whether this is a typed null. */
  default boolean isNull() {
    return false;
  }

  /** Dispatches on the concrete kind of value. */
  <R> R accept(ValueVisitor<R> visitor);

  /** The value as {@code tostring()} renders it. */
  default String toKqlString() {
    return ValueFormatter.toKqlString(this);
  }
}
