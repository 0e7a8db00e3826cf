package io.sentinelforge.verify.spec;

import java.time.Duration;
import java.time.Instant;

/**
 * A timestamp in test data: absolute (ISO 8601) or relative to the case's simulated run time {@code
 * at} ({@code -10m}), so tests never go stale.
 */
public sealed interface TimePoint permits TimePoint.Absolute, TimePoint.Relative {

  /** The instant this point denotes when the rule runs at {@code at}. */
  Instant resolve(Instant at);

  /** A fixed instant. */
  record Absolute(Instant instant) implements TimePoint {
    @Override
    public Instant resolve(Instant at) {
      return instant;
    }
  }

  /** An offset from {@code at}; negative offsets lie in the past. */
  record Relative(Duration offset, String text) implements TimePoint {
    @Override
    public Instant resolve(Instant at) {
      return at.plus(offset);
    }
  }
}
