package io.sentinelforge.eval.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Aggregates over small inputs; each row is the list of argument values passed to add(). */
class AggregatesTest {

  private static final Map<String, AggregateFunction> BY_NAME =
      StandardAggregates.all().stream()
          .collect(Collectors.toMap(AggregateFunction::name, Function.identity()));

  private static final Value NULL_LONG = Values.NULL_LONG;

  private static List<Value> row(Value... values) {
    return List.of(values);
  }

  private static List<List<Value>> column(Value... values) {
    List<List<Value>> rows = new ArrayList<>();
    for (Value value : values) {
      rows.add(List.of(value));
    }
    return rows;
  }

  private static Value l(long v) {
    return Values.of(v);
  }

  static Stream<Arguments> cases() {
    List<List<Value>> numbers = column(l(1), l(5), NULL_LONG, l(7), l(5));
    List<List<Value>> hundred = new ArrayList<>();
    for (long x = 1; x <= 100; x++) {
      hundred.add(row(l(x), l(5), l(50), l(99)));
    }
    return Stream.of(
        Arguments.of("count", column(l(1), NULL_LONG), "1"),
        Arguments.of("count", List.of(List.of(), List.of()), "2"),
        Arguments.of(
            "countif", column(Values.TRUE, Values.FALSE, Values.NULL_BOOL, Values.TRUE), "2"),
        Arguments.of("sum", numbers, "18"),
        Arguments.of("sum", column(NULL_LONG), ""),
        Arguments.of("sumif", List.of(row(l(3), Values.TRUE), row(l(4), Values.FALSE)), "3"),
        Arguments.of("avg", numbers, "4.5"),
        Arguments.of("avg", column(Values.ofInt(1), Values.ofInt(2)), "1.5"),
        Arguments.of("min", numbers, "1"),
        Arguments.of("max", numbers, "7"),
        Arguments.of("max", column(Values.of("b"), Values.of("a")), "b"),
        Arguments.of("dcount", numbers, "3"),
        Arguments.of("dcountif", List.of(row(l(1), Values.TRUE), row(l(2), Values.FALSE)), "1"),
        Arguments.of("make_list", numbers, "[1,5,7,5]"),
        Arguments.of(
            "make_list", List.of(row(l(1), l(2)), row(l(2), l(2)), row(l(3), l(2))), "[1,2]"),
        Arguments.of("make_set", numbers, "[1,5,7]"),
        Arguments.of(
            "make_set",
            column(
                Json.tryParse("['A1','A2']").orElseThrow(),
                Json.tryParse("['A2','C1']").orElseThrow()),
            "[\"A1\",\"A2\",\"C1\"]"),
        Arguments.of(
            "make_set_if", List.of(row(l(1), Values.TRUE), row(l(2), Values.FALSE)), "[1]"),
        Arguments.of(
            "make_bag",
            column(
                Json.tryParse("{'prop01':'val_a'}").orElseThrow(),
                Json.tryParse("{'prop02':'val_b'}").orElseThrow(),
                Values.of("not a bag")),
            "{\"prop01\":\"val_a\",\"prop02\":\"val_b\"}"),
        Arguments.of(
            "make_bag",
            List.of(row(Json.tryParse("{'a':1,'b':2,'c':3}").orElseThrow(), l(2))),
            "{\"a\":1,\"b\":2}"),
        Arguments.of("take_any", numbers, "1"),
        Arguments.of("percentile", hundred.stream().map(r -> r.subList(0, 2)).toList(), "5"),
        Arguments.of("percentiles", hundred, "5"),
        Arguments.of("percentiles_array", hundred, "[5,50,99]"),
        Arguments.of(
            "stdev", column(l(2), l(4), l(4), l(4), l(5), l(5), l(7), l(9)), "2.138089935299395"),
        Arguments.of("stdevp", column(l(2), l(4), l(4), l(4), l(5), l(5), l(7), l(9)), "2"),
        Arguments.of("variance", column(l(1), l(2), l(3), l(4)), "1.6666666666666667"),
        Arguments.of("variancep", column(l(1), l(2), l(3), l(4)), "1.25"),
        Arguments.of("stdev", column(l(3)), "0"),
        Arguments.of("binary_all_and", column(l(7), l(13)), "5"),
        Arguments.of("percentilew", List.of(row(l(1), l(1), l(50)), row(l(9), l(10), l(50))), "9"));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("cases")
  void aggregates(String name, List<List<Value>> rows, String expected) {
    Accumulator accumulator = BY_NAME.get(name).newAccumulator();
    rows.forEach(accumulator::add);
    assertEquals(expected, accumulator.result().toKqlString());
  }

  @Test
  void covarianceMatchesTheReferenceExamples() {
    Accumulator sample = BY_NAME.get("covarianceif").newAccumulator();
    Accumulator population = BY_NAME.get("covariancepif").newAccumulator();
    for (long x = 1; x <= 100; x++) {
      long y = x % 2 == 0 ? x * 2 : x * 3;
      List<Value> arguments = List.of(l(x), l(y), Values.of(x % 3 == 0));
      sample.add(arguments);
      population.add(arguments);
    }
    assertEquals(2142.0, ((io.sentinelforge.eval.value.RealValue) sample.result()).value(), 1e-9);
    assertEquals(
        2077.09090909091,
        ((io.sentinelforge.eval.value.RealValue) population.result()).value(),
        1e-9);
  }

  @Test
  void variancepIsThePopulationVariance() {
    // The reference's variancepif example prints 850, the sample variance of 2, 4, …, 100; the
    // population variance (what variancep means, and what its stdevp example shows) is 833.
    Accumulator accumulator = BY_NAME.get("variancepif").newAccumulator();
    for (long x = 1; x <= 100; x++) {
      accumulator.add(List.of(l(x), Values.of(x % 2 == 0)));
    }
    assertEquals("833", accumulator.result().toKqlString());
  }

  @Test
  void percentilesGiveOneValuePerPercent() {
    Accumulator accumulator = BY_NAME.get("percentiles").newAccumulator();
    for (long x = 1; x <= 100; x++) {
      accumulator.add(List.of(l(x), l(5), l(50), l(99)));
    }
    assertEquals(
        List.of("5", "50", "99"), accumulator.results().stream().map(Value::toKqlString).toList());
  }

  @Test
  void argMaxKeepsTheWinningRowAndSkipsNullKeys() {
    Accumulator accumulator = BY_NAME.get("arg_max").newAccumulator();
    accumulator.add(List.of(l(3), Values.of("a")));
    accumulator.add(List.of(l(9), Values.of("b")));
    accumulator.add(List.of(NULL_LONG, Values.of("c")));
    accumulator.add(List.of(l(9), Values.of("d")));
    assertEquals(List.of(l(9), Values.of("b")), accumulator.results());
  }

  @Test
  void argExtremeWorksOnWholeRowsForStar() {
    ArgExtreme<Map<String, Object>> min = ArgExtreme.min();
    min.offer(l(5), Map.of("id", 1));
    min.offer(l(2), Map.of("id", 2));
    min.offer(Values.nullOf(KqlType.LONG), Map.of("id", 3));
    assertEquals(Map.of("id", 2), min.bestRow().orElseThrow());
    assertEquals(l(2), min.bestKey().orElseThrow());
  }

  @Test
  void makeListHonoursItsMaximumSize() {
    Accumulator accumulator = BY_NAME.get("make_list").newAccumulator();
    for (long x = 0; x < 10; x++) {
      accumulator.add(List.of(l(x), l(3)));
    }
    assertEquals("[0,1,2]", accumulator.result().toKqlString());
  }
}
