package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Calls.call;
import static io.sentinelforge.eval.function.Calls.l;
import static io.sentinelforge.eval.function.Calls.r;
import static io.sentinelforge.eval.function.Calls.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.RealValue;
import io.sentinelforge.eval.value.Value;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The beta distribution functions and {@code welch_test} against the reference's examples (printed
 * with 15 significant digits) and textbook values; NaN and null follow the reference's rules.
 */
class StatisticalFunctionsTest {

  static Stream<Arguments> values() {
    return Stream.of(
        // the reference's examples
        Arguments.of("beta_cdf", 0.9, 10, 20, 0.999999999999959),
        Arguments.of("beta_inv", 0.1, 10, 20, 0.226415022388749),
        Arguments.of("beta_pdf", 0.5, 10, 20, 0.746176019310951),
        // closed forms: Beta(1,1) is uniform, Beta(2,1) has cdf x², Beta(2,2) has pdf 6x(1−x)
        Arguments.of("beta_cdf", 0.3, 1, 1, 0.3),
        Arguments.of("beta_cdf", 0.5, 2, 1, 0.25),
        Arguments.of("beta_cdf", 0.5, 7, 7, 0.5),
        Arguments.of("beta_cdf", 0.0, 3, 4, 0.0),
        Arguments.of("beta_cdf", 1.0, 3, 4, 1.0),
        Arguments.of("beta_pdf", 0.25, 2, 2, 1.125),
        Arguments.of("beta_inv", 0.25, 2, 1, 0.5),
        Arguments.of("beta_inv", 0.5, 7, 7, 0.5),
        Arguments.of("beta_inv", 1.0, 3, 4, 1.0));
  }

  @ParameterizedTest(name = "{0}({1}, {2}, {3}) = {4}")
  @MethodSource("values")
  void matchesTheReference(String function, double x, double alpha, double beta, double expected) {
    double actual = real(call(function, r(x), r(alpha), r(beta)));
    assertEquals(expected, actual, 1e-13 * Math.max(1, Math.abs(expected)));
  }

  static Stream<Arguments> outOfRange() {
    return Stream.of(
        Arguments.of("beta_cdf", 1.5, 10, 20, "NaN"),
        Arguments.of("beta_cdf", -10, 10, 20, "NaN"),
        Arguments.of("beta_cdf", 0.1, -1, 20, "NaN"),
        Arguments.of("beta_cdf", 0.1, 10, 10_001, "NaN"),
        Arguments.of("beta_pdf", 1.5, 10, 20, "NaN"),
        Arguments.of("beta_pdf", 1.0, 10, 20, "NaN"),
        Arguments.of("beta_pdf", 0.1, -1, 20, "NaN"),
        // beta_inv: the reference's example prints null for p > 1 and NaN for alpha < 0
        Arguments.of("beta_inv", 1.5, 10, 20, ""),
        Arguments.of("beta_inv", 0.0, 10, 20, ""),
        Arguments.of("beta_inv", 0.1, -1, 20, "NaN"));
  }

  @ParameterizedTest(name = "{0}({1}, {2}, {3}) = ''{4}''")
  @MethodSource("outOfRange")
  void outOfRangeArguments(String function, double x, double alpha, double beta, String expected) {
    assertEquals(expected, call(function, r(x), r(alpha), r(beta)).toKqlString());
  }

  @Test
  void nonNumericArgumentsGiveNull() {
    for (String function : new String[] {"beta_cdf", "beta_inv", "beta_pdf"}) {
      Value result = call(function, s("x"), l(10), l(20));
      assertTrue(result.isNull(), function);
      assertEquals(KqlType.REAL, result.type(), function);
    }
  }

  @Test
  void inverseUndoesTheDistributionFunction() {
    for (double p = 0.01; p < 1; p += 0.07) {
      double x = BetaDistribution.inverse(p, 0.5, 3.5);
      assertEquals(p, BetaDistribution.cumulative(x, 0.5, 3.5), 1e-12);
    }
  }

  @Test
  void welchTestOfTheWikipediaSamples() {
    // The reference's example uses Wikipedia's samples and states pValue = 0.021.
    Value p =
        call(
            "welch_test",
            r(20.82),
            r(7.867428571428571),
            l(15),
            r(22.986666666666665),
            r(3.8126666666666686),
            l(15));
    assertEquals(0.021378001462866992, real(p), 1e-12);
  }

  private static double real(Value value) {
    return ((RealValue) value).value();
  }
}
