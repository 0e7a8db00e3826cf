package io.sentinelforge.eval.function;

/**
 * Gamma, log-gamma and the error function, for KQL's {@code gamma}, {@code loggamma}, {@code erf}.
 */
final class SpecialFunctions {

  // Lanczos approximation coefficients (g = 7, n = 9), accurate to ~15 significant digits.
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private SpecialFunctions() {}

  static double gamma(double x) {
    if (x == Math.rint(x) && x > 0 && x <= 171) {
      double factorial = 1;
      for (int i = 2; i < x; i++) {
        factorial *= i;
      }
      return factorial;
    }
    if (x < 0.5) {
      return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
    }
    return Math.exp(logGamma(x));
  }

  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double shifted = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (shifted + i);
    }
    double t = shifted + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /** The error function, by the Abramowitz–Stegun 7.1.26 series refined with a Taylor sum. */
  static double erf(double x) {
    if (Math.abs(x) < 3) {
      double sum = 0;
      double term = x;
      for (int n = 0; n < 200; n++) {
        sum += term / (2 * n + 1);
        term *= -x * x / (n + 1);
      }
      return 2 / Math.sqrt(Math.PI) * sum;
    }
    double t = 1 / (1 + 0.5 * Math.abs(x));
    double tau =
        t
            * Math.exp(
                -x * x
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? 1 - tau : tau - 1;
  }
}
