package io.sentinelforge.eval;

/**
 * The query uses something this evaluator does not implement (an unknown function, a plugin, an
 * option). Callers report the case as {@code unsupported}, never as a wrong answer.
 */
public final class UnsupportedFeatureException extends EvaluationException {

  private static final long serialVersionUID = 1L;

  private final String feature;

  public UnsupportedFeatureException(String feature, String message) {
    super(message);
    this.feature = feature;
  }

  /** The unsupported name, e.g. {@code series_fir} or {@code evaluate autocluster}. */
  public String feature() {
    return feature;
  }

  /** An unknown function. */
  public static UnsupportedFeatureException function(String name) {
    return new UnsupportedFeatureException(name, "function '" + name + "' is not supported");
  }
}
