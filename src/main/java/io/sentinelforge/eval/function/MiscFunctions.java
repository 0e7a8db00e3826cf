package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.text;

import com.google.re2j.Matcher;
import io.sentinelforge.eval.scalar.Arithmetic;
import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.scalar.Logic;
import io.sentinelforge.eval.scalar.Regexes;
import io.sentinelforge.eval.scalar.Terms;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** {@code strcmp}, {@code translate}, {@code has_any_index}, {@code indexof_regex}, … */
final class MiscFunctions {

  private static final String[] BYTE_UNITS = {"Bytes", "KB", "MB", "GB", "TB", "PB", "EB"};

  private MiscFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed(
        "strcmp", 2, a -> Values.ofInt(Integer.signum(text(a, 0).compareTo(text(a, 1)))));
    registry.fixed("translate", 3, a -> Values.of(translate(text(a, 0), text(a, 1), text(a, 2))));
    registry.fixed("has_any_index", 2, MiscFunctions::hasAnyIndex);
    registry.scalar("indexof_regex", 2, 5, (c, a) -> indexOfRegex(a));
    registry.scalar("format_bytes", 1, 3, (c, a) -> formatBytes(a));
    registry.scalar("new_guid", 0, 0, (c, a) -> Values.of(UUID.randomUUID()));
    registry.scalar("rand", 0, 1, (c, a) -> random(a));
    registry.scalar("ingestion_time", 0, 0, (c, a) -> Values.nullOf(KqlType.DATETIME));
    registry.fixed("around", 3, MiscFunctions::around);
  }

  private static String translate(String search, String replacement, String source) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      int at = search.indexOf(c);
      if (at < 0) {
        out.append(c);
      } else if (!replacement.isEmpty()) {
        out.append(replacement.charAt(Math.min(at, replacement.length() - 1)));
      }
    }
    return out.toString();
  }

  private static Value hasAnyIndex(List<Value> arguments) {
    List<Value> values = Arguments.array(arguments, 1);
    if (values == null) {
      return Values.NULL_LONG;
    }
    for (int i = 0; i < values.size(); i++) {
      if (Terms.has(text(arguments, 0), values.get(i).toKqlString(), false)) {
        return Values.of((long) i);
      }
    }
    return Values.of(-1L);
  }

  private static Value indexOfRegex(List<Value> arguments) {
    String source = text(arguments, 0);
    Long start = Arguments.integer(arguments, 2, 0L);
    Long length = Arguments.integer(arguments, 3, -1L);
    Long occurrence = Arguments.integer(arguments, 4, 1L);
    if (start == null || length == null || occurrence == null || start < 0 || occurrence <= 0) {
      return Values.NULL_LONG;
    }
    if (start > source.length()) {
      return Values.of(-1L);
    }
    int end = length < 0 ? source.length() : (int) Math.min(source.length(), start + length);
    Matcher matcher = Regexes.compile(text(arguments, 1)).matcher(source.substring(0, end));
    long seen = 0;
    int from = start.intValue();
    // Matches do not overlap: the next search starts where the previous match ended.
    while (from <= end && matcher.find(from)) {
      if (++seen == occurrence) {
        return Values.of((long) matcher.start());
      }
      from = Math.max(matcher.end(), matcher.start() + 1);
    }
    return Values.of(-1L);
  }

  private static Value formatBytes(List<Value> arguments) {
    Double size = Arguments.real(arguments, 0);
    Long precision = Arguments.integer(arguments, 1, 0L);
    if (size == null || precision == null) {
      return Values.EMPTY_STRING;
    }
    int unit = 0;
    String wanted = text(arguments, 2, "");
    double scaled = size;
    while (unit < BYTE_UNITS.length - 1
        && (wanted.isEmpty()
            ? Math.abs(scaled) >= 1024
            : !BYTE_UNITS[unit].equalsIgnoreCase(wanted))) {
      scaled /= 1024;
      unit++;
    }
    String number =
        new java.math.BigDecimal(scaled)
            .setScale(precision.intValue(), java.math.RoundingMode.HALF_UP)
            .toPlainString();
    return Values.of(number + " " + BYTE_UNITS[unit]);
  }

  private static Value random(List<Value> arguments) {
    if (arguments.isEmpty()) {
      return Values.of(ThreadLocalRandom.current().nextDouble());
    }
    Long bound = Numbers.asLongObject(arguments.get(0));
    return bound == null || bound <= 0
        ? Values.NULL_LONG
        : Values.of(ThreadLocalRandom.current().nextLong(bound));
  }

  /** {@code around(value, center, delta)}: value within [center − delta, center + delta]. */
  private static Value around(List<Value> arguments) {
    Value value = arguments.get(0);
    Value center = arguments.get(1);
    Value delta = arguments.get(2);
    if (value.isNull() || center.isNull() || delta.isNull()) {
      return Values.NULL_BOOL;
    }
    Value low = Arithmetic.subtract(center, delta);
    Value high = Arithmetic.add(center, delta);
    return Logic.and(Comparison.greaterOrEqual(value, low), Comparison.lessOrEqual(value, high));
  }
}
