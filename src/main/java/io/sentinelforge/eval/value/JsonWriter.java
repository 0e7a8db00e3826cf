package io.sentinelforge.eval.value;

import java.util.Map;

/** Writes values as compact JSON; typed scalars nested in dynamic values print as KQL does. */
final class JsonWriter implements ValueVisitor<Void> {

  private final StringBuilder out;

  private JsonWriter(StringBuilder out) {
    this.out = out;
  }

  static void write(Value value, StringBuilder out) {
    value.accept(new JsonWriter(out));
  }

  @Override
  public Void visitString(StringValue value) {
    quote(value.value());
    return null;
  }

  @Override
  public Void visitInt(IntValue value) {
    out.append(value.value());
    return null;
  }

  @Override
  public Void visitLong(LongValue value) {
    out.append(value.value());
    return null;
  }

  @Override
  public Void visitReal(RealValue value) {
    double number = value.value();
    if (Double.isFinite(number)) {
      out.append(Reals.formatJson(number));
    } else {
      quote(Reals.format(number));
    }
    return null;
  }

  @Override
  public Void visitDecimal(DecimalValue value) {
    out.append(value.value().toPlainString());
    return null;
  }

  @Override
  public Void visitBool(BoolValue value) {
    out.append(value.value());
    return null;
  }

  @Override
  public Void visitDateTime(DateTimeValue value) {
    quote(DateTimes.formatFull(value.ticks()));
    return null;
  }

  @Override
  public Void visitTimespan(TimespanValue value) {
    quote(Timespans.format(value.ticks()));
    return null;
  }

  @Override
  public Void visitGuid(GuidValue value) {
    quote(value.value().toString());
    return null;
  }

  @Override
  public Void visitArray(ArrayValue value) {
    out.append('[');
    for (int i = 0; i < value.elements().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      value.elements().get(i).accept(this);
    }
    out.append(']');
    return null;
  }

  @Override
  public Void visitBag(BagValue value) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Value> property : value.properties().entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      quote(property.getKey());
      out.append(':');
      property.getValue().accept(this);
    }
    out.append('}');
    return null;
  }

  @Override
  public Void visitNull(NullValue value) {
    out.append("null");
    return null;
  }

  private void quote(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
