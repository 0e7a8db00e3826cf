package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Calls.b;
import static io.sentinelforge.eval.function.Calls.call;
import static io.sentinelforge.eval.function.Calls.json;
import static io.sentinelforge.eval.function.Calls.l;
import static io.sentinelforge.eval.function.Calls.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The series_* functions against the reference's examples (expected values are tostring). */
class SeriesFunctionsTest {

  private static Arguments c(String expected, Supplier<io.sentinelforge.eval.value.Value> call) {
    return Arguments.of(expected, call);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // element-wise arithmetic; arrays of different length give null elements
        c("[5,4,5]", () -> call("series_add", json("[1,2,4]"), json("[4,2,1]"))),
        c("[-3,0,3]", () -> call("series_subtract", json("[1,2,4]"), json("[4,2,1]"))),
        c("[4,4,4]", () -> call("series_multiply", json("[1,2,4]"), json("[4,2,1]"))),
        c("[0.25,1.0,4.0]", () -> call("series_divide", json("[1,2,4]"), json("[4,2,1]"))),
        c("[1.0,4.0,27.0,2.0]", () -> call("series_pow", json("[1,2,3,4]"), json("[1,2,3,0.5]"))),
        c("[2.5,null]", () -> call("series_add", json("[1,2]"), json("[1.5]"))),
        c("[null,3]", () -> call("series_add", json("['a',2]"), json("[1,1]"))),
        // comparisons
        c("[false,false,true]", () -> call("series_greater", json("[1,2,4]"), json("[4,2,1]"))),
        c(
            "[false,true,true]",
            () -> call("series_greater_equals", json("[1,2,4]"), json("[4,2,1]"))),
        c("[true,false,false]", () -> call("series_less", json("[1,2,4]"), json("[4,2,1]"))),
        c("[true,true,false]", () -> call("series_less_equals", json("[1,2,4]"), json("[4,2,1]"))),
        c("[false,true,false]", () -> call("series_equals", json("[1,2,4]"), json("[4,2,1]"))),
        c("[true,false,true]", () -> call("series_not_equals", json("[1,2,4]"), json("[4,2,1]"))),
        // math
        c("[-2.0,1.0,2.0]", () -> call("series_floor", json("[-1.5,1,2.5]"))),
        c("[6.5,0.0,8.2]", () -> call("series_abs", json("[-6.5,0,8.2]"))),
        c("[-1.0,0.0,1.0]", () -> call("series_sign", json("[-6,0,8]"))),
        c("[0.0,0.6931471805599453,1.0986122886681098]", () -> call("series_log", json("[1,2,3]"))),
        // reductions
        c("10", () -> call("series_sum", json("[1,2,3,4]"))),
        c("24", () -> call("series_product", json("[1,2,3,4]"))),
        c("48", () -> call("series_dot_product", json("[2,4,8]"), json("[8,4,2]"))),
        c("60", () -> call("series_dot_product", json("[1,2,3]"), l(10))),
        c("1", () -> call("series_pearson_correlation", json("[1,2,3,4,5]"), json("[2,4,6,8,10]"))),
        c(
            "{\"min\":2.0,\"min_idx\":8,\"max\":87.0,\"max_idx\":3,\"avg\":32.8,"
                + "\"stdev\":28.50363385354827,\"variance\":812.4571428571429,\"sum\":492.0,"
                + "\"len\":15}",
            () ->
                call(
                    "series_stats_dynamic",
                    json("[23, 46, 23, 87, 4, 8, 3, 75, 2, 56, 13, 75, 32, 16, 29]"))),
        c(
            "{\"min\":1.0,\"min_idx\":0,\"max\":3.0,\"max_idx\":2,\"avg\":2.0,\"stdev\":1.0,"
                + "\"variance\":1.0,\"sum\":6.0,\"len\":4}",
            () -> call("series_stats_dynamic", json("[1,null,3,2]"), b(true))),
        // fills
        c(
            "[null,null,36,41,41,41,16,61,33,33,33]",
            () ->
                call(
                    "series_fill_forward",
                    json("[null, null, 36, 41, null, null, 16, 61, 33, null, null]"))),
        c(
            "[111,36,36,41,16,16,16,61,33,null,null]",
            () ->
                call(
                    "series_fill_backward",
                    json("[111, null, 36, 41, null, null, 16, 61, 33, null, null]"))),
        c("[111,-1,36,-1]", () -> call("series_fill_const", json("[111, null, 36, null]"), l(-1))),
        c(
            "[111,111,73,36,41,32,24,16,61,33,33,33]",
            () ->
                call(
                    "series_fill_linear",
                    json("[null, 111, null, 36, 41, null, null, 16, 61, 33, null, null]"))),
        c(
            "[null,111.0,73.5,36.0,41.0,32.666666666666664,24.333333333333332,16.0,null]",
            () ->
                call(
                    "series_fill_linear",
                    json("[null, 111.0, null, 36.0, 41.0, null, null, 16.0, null]"),
                    Values.NULL_REAL,
                    b(false))),
        c("[1,\"x\",3,4,4]", () -> call("series_fill_linear", json("[1, 'x', null, 4, null]"))),
        c(
            "[3.14159,3.14159]",
            () ->
                call(
                    "series_fill_linear",
                    json("[null, null]"),
                    Values.NULL_REAL,
                    b(true),
                    r(3.14159))),
        // filters
        c(
            "[1.0,3.0,6.0,10.0]",
            () -> call("series_iir", json("[1,2,3,4]"), json("[1]"), json("[1,-1]"))),
        c(
            "[1.5,3.5,5.5,1.5,3.5,5.5,1.5,3.5,5.5,1.5,3.5,5.5]",
            () -> call("series_seasonal", json("[1, 3, 5, 2, 4, 6, 1, 3, 5, 2, 4, 6]"), l(3))));
  }

  @ParameterizedTest(name = "#{index} -> {0}")
  @MethodSource("cases")
  void matchesTheReference(String expected, Supplier<io.sentinelforge.eval.value.Value> call) {
    assertEquals(expected, call.get().toKqlString());
  }

  @Test
  void fitsALineThroughTheReferenceExample() {
    // The reference prints these rounded: 0.982, 2.730, 98.628, 1.686, -1.666, 1.064 …
    io.sentinelforge.eval.value.BagValue fit =
        (io.sentinelforge.eval.value.BagValue)
            call("series_fit_line_dynamic", json("[2, 5, 6, 8, 11, 15, 17, 18, 25, 26, 30, 30]"));
    double[] expected = {
      0.982900730884447,
      2.73076923076923,
      98.62878787878786,
      1.6864801864801864,
      -1.6666666666666745
    };
    String[] names = {"rsquare", "slope", "variance", "rvariance", "interception"};
    for (int i = 0; i < names.length; i++) {
      double actual =
          ((io.sentinelforge.eval.value.RealValue) fit.properties().get(names[i])).value();
      assertEquals(expected[i], actual, 1e-12, names[i]);
    }
    Value first =
        ((io.sentinelforge.eval.value.ArrayValue) fit.properties().get("line_fit"))
            .elements()
            .get(0);
    assertEquals(83.0 / 78, ((io.sentinelforge.eval.value.RealValue) first).value(), 1e-12);
  }

  @Test
  void unsupportedFormsSaySo() {
    assertThrows(UnsupportedFeatureException.class, () -> call("series_add", json("[1]"), l(1)));
    assertThrows(UnsupportedFeatureException.class, () -> call("series_seasonal", json("[1,2]")));
  }
}
