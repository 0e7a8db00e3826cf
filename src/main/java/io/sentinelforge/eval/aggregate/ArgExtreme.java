package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.value.Value;
import java.util.Optional;

/**
 * The state of {@code arg_max}/{@code arg_min}: keeps the row (any payload, e.g. the whole row for
 * {@code *} or the listed columns) whose key is greatest/least. Null keys are skipped; on ties the
 * first row offered wins.
 */
public final class ArgExtreme<R> {

  private final boolean maximum;
  private Value bestKey;
  private R bestRow;

  private ArgExtreme(boolean maximum) {
    this.maximum = maximum;
  }

  public static <R> ArgExtreme<R> max() {
    return new ArgExtreme<>(true);
  }

  public static <R> ArgExtreme<R> min() {
    return new ArgExtreme<>(false);
  }

  /** Offers a row with its key. */
  public void offer(Value key, R row) {
    if (key.isNull()) {
      return;
    }
    if (bestKey == null || better(key)) {
      bestKey = key;
      bestRow = row;
    }
  }

  private boolean better(Value key) {
    int order = Comparison.SORT_ORDER.compare(key, bestKey);
    return maximum ? order > 0 : order < 0;
  }

  /** The key of the kept row, empty when no row had a non-null key. */
  public Optional<Value> bestKey() {
    return Optional.ofNullable(bestKey);
  }

  /** The kept row, empty when no row had a non-null key. */
  public Optional<R> bestRow() {
    return Optional.ofNullable(bestRow);
  }
}
