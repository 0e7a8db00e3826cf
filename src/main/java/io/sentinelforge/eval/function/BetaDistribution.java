package io.sentinelforge.eval.function;

/**
 * The beta distribution: density, cumulative distribution (the regularized incomplete beta function
 * I<sub>x</sub>(α, β), by its continued fraction) and its inverse (safeguarded Newton). Arguments
 * are assumed valid; KQL's range rules live in {@link StatisticalFunctions}.
 */
final class BetaDistribution {

  private static final double EPSILON = 1e-16;
  private static final double TINY = 1e-300;
  private static final int MAX_TERMS = 10_000;

  private BetaDistribution() {}

  /** The density x^(α−1)(1−x)^(β−1)/B(α, β) for 0 &lt; x &lt; 1. */
  static double density(double x, double alpha, double beta) {
    return Math.exp((alpha - 1) * Math.log(x) + (beta - 1) * Math.log1p(-x) - logBeta(alpha, beta));
  }

  /** I<sub>x</sub>(α, β) for 0 ≤ x ≤ 1. */
  static double cumulative(double x, double alpha, double beta) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    // The continued fraction converges fast only left of the mean; use the mirror image there.
    if (x > (alpha + 1) / (alpha + beta + 2)) {
      return 1 - lowerTail(1 - x, beta, alpha);
    }
    return lowerTail(x, alpha, beta);
  }

  /** The x in [0, 1] with I<sub>x</sub>(α, β) = p, for 0 ≤ p ≤ 1. */
  static double inverse(double p, double alpha, double beta) {
    if (p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return 1;
    }
    double low = 0;
    double high = 1;
    double x = alpha / (alpha + beta);
    for (int iteration = 0; iteration < 500; iteration++) {
      double error = cumulative(x, alpha, beta) - p;
      if (error == 0) {
        return x;
      }
      if (error < 0) {
        low = x;
      } else {
        high = x;
      }
      double slope = density(x, alpha, beta);
      double next = x - error / slope;
      // Newton can overshoot where the density is flat or huge: fall back to bisection.
      if (!(next > low && next < high)) {
        next = (low + high) / 2;
      }
      if (Math.abs(next - x) <= EPSILON * Math.max(x, TINY) || high - low <= EPSILON) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /** ln B(α, β) = ln Γ(α) + ln Γ(β) − ln Γ(α + β). */
  static double logBeta(double alpha, double beta) {
    return SpecialFunctions.logGamma(alpha)
        + SpecialFunctions.logGamma(beta)
        - SpecialFunctions.logGamma(alpha + beta);
  }

  private static double lowerTail(double x, double alpha, double beta) {
    double front =
        Math.exp(alpha * Math.log(x) + beta * Math.log1p(-x) - logBeta(alpha, beta)) / alpha;
    return front * continuedFraction(x, alpha, beta);
  }

  /** 1/(1+ d1/(1+ d2/(1+ …))) by the modified Lentz method. */
  private static double continuedFraction(double x, double alpha, double beta) {
    double c = 1;
    double d = nonZero(1 - (alpha + beta) * x / (alpha + 1));
    d = 1 / d;
    double result = d;
    for (int m = 1; m <= MAX_TERMS; m++) {
      double even = m * (beta - m) * x / ((alpha + 2 * m - 1) * (alpha + 2 * m));
      d = 1 / nonZero(1 + even * d);
      c = nonZero(1 + even / c);
      result *= d * c;
      double odd = -(alpha + m) * (alpha + beta + m) * x / ((alpha + 2 * m) * (alpha + 2 * m + 1));
      d = 1 / nonZero(1 + odd * d);
      c = nonZero(1 + odd / c);
      double step = d * c;
      result *= step;
      if (Math.abs(step - 1) < EPSILON) {
        break;
      }
    }
    return result;
  }

  private static double nonZero(double value) {
    return Math.abs(value) < TINY ? TINY : value;
  }
}
