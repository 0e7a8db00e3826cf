package io.sentinelforge.eval.value;

/** {@code tostring()} for every kind of value; nulls become the empty string. */
final class ValueFormatter implements ValueVisitor<String> {

  private static final ValueFormatter INSTANCE = new ValueFormatter();

  static String toKqlString(Value value) {
    return value.accept(INSTANCE);
  }

  @Override
  public String visitString(StringValue value) {
    return value.value();
  }

  @Override
  public String visitInt(IntValue value) {
    return Integer.toString(value.value());
  }

  @Override
  public String visitLong(LongValue value) {
    return Long.toString(value.value());
  }

  @Override
  public String visitReal(RealValue value) {
    return Reals.format(value.value());
  }

  @Override
  public String visitDecimal(DecimalValue value) {
    return value.value().toPlainString();
  }

  @Override
  public String visitBool(BoolValue value) {
    return Boolean.toString(value.value());
  }

  @Override
  public String visitDateTime(DateTimeValue value) {
    return DateTimes.format(value.ticks());
  }

  @Override
  public String visitTimespan(TimespanValue value) {
    return Timespans.format(value.ticks());
  }

  @Override
  public String visitGuid(GuidValue value) {
    return value.value().toString();
  }

  @Override
  public String visitArray(ArrayValue value) {
    return Json.write(value);
  }

  @Override
  public String visitBag(BagValue value) {
    return Json.write(value);
  }

  @Override
  public String visitNull(NullValue value) {
    return "";
  }
}
