package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/**
 * {@code beta_cdf}, {@code beta_inv}, {@code beta_pdf} and {@code welch_test}, with the reference's
 * rules for arguments out of range: a non-numeric argument gives null; a parameter outside the
 * distribution's domain gives NaN (for {@code beta_inv} a probability outside (0, 1] gives null, as
 * the reference's example shows — its notes state the two rules the other way round).
 */
final class StatisticalFunctions {

  /** The reference caps the shape parameters of {@code beta_cdf} at this value. */
  private static final double MAX_SHAPE = 10_000;

  private StatisticalFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("beta_cdf", 3, StatisticalFunctions::betaCdf);
    registry.fixed("beta_pdf", 3, StatisticalFunctions::betaPdf);
    registry.fixed("beta_inv", 3, StatisticalFunctions::betaInv);
    registry.fixed("welch_test", 6, StatisticalFunctions::welchTest);
  }

  private static Value betaCdf(List<Value> arguments) {
    double[] x = reals(arguments);
    if (x == null) {
      return Values.NULL_REAL;
    }
    if (x[0] < 0 || x[0] > 1 || !shapeInRange(x[1]) || !shapeInRange(x[2])) {
      return Values.of(Double.NaN);
    }
    return Values.of(BetaDistribution.cumulative(x[0], x[1], x[2]));
  }

  private static Value betaPdf(List<Value> arguments) {
    double[] x = reals(arguments);
    if (x == null) {
      return Values.NULL_REAL;
    }
    if (!(x[0] > 0 && x[0] < 1) || !(x[1] > 0) || !(x[2] > 0)) {
      return Values.of(Double.NaN);
    }
    return Values.of(BetaDistribution.density(x[0], x[1], x[2]));
  }

  private static Value betaInv(List<Value> arguments) {
    double[] x = reals(arguments);
    if (x == null || !(x[0] > 0 && x[0] <= 1)) {
      return Values.NULL_REAL;
    }
    if (!(x[1] > 0) || !(x[2] > 0)) {
      return Values.of(Double.NaN);
    }
    return Values.of(BetaDistribution.inverse(x[0], x[1], x[2]));
  }

  /** The two-sided p-value of Welch's unequal-variances t-test. */
  private static Value welchTest(List<Value> arguments) {
    double[] x = reals(arguments);
    if (x == null) {
      return Values.NULL_REAL;
    }
    double standardError1 = x[1] / x[2];
    double standardError2 = x[4] / x[5];
    double sum = standardError1 + standardError2;
    double t = (x[0] - x[3]) / Math.sqrt(sum);
    double degrees =
        sum
            * sum
            / (standardError1 * standardError1 / (x[2] - 1)
                + standardError2 * standardError2 / (x[5] - 1));
    if (!Double.isFinite(t) || !(degrees > 0)) {
      return Values.of(Double.NaN);
    }
    return Values.of(BetaDistribution.cumulative(degrees / (degrees + t * t), degrees / 2, 0.5));
  }

  private static boolean shapeInRange(double shape) {
    return shape > 0 && shape <= MAX_SHAPE;
  }

  /** All arguments as doubles, or null when one of them is null or not a number. */
  private static double[] reals(List<Value> arguments) {
    double[] values = new double[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      Double value = Arguments.real(arguments, i);
      if (value == null) {
        return null;
      }
      values[i] = value;
    }
    return values;
  }
}
