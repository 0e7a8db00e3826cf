package io.sentinelforge.eval.value;

/** Dispatch over the kinds of {@link Value}. */
public interface ValueVisitor<R> {
  R visitString(StringValue value);

  R visitInt(IntValue value);

  R visitLong(LongValue value);

  R visitReal(RealValue value);

  R visitDecimal(DecimalValue value);

  R visitBool(BoolValue value);

  R visitDateTime(DateTimeValue value);

  R visitTimespan(TimespanValue value);

  R visitGuid(GuidValue value);

  R visitArray(ArrayValue value);

  R visitBag(BagValue value);

  R visitNull(NullValue value);
}
