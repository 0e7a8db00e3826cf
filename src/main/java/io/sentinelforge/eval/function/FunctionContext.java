package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.DateTimes;
import java.time.Clock;
import java.time.Instant;

/**
 * What scalar functions may use besides their arguments: the query's {@code now()}, fixed for the
 * whole query (a rule test binds it to the simulated end of the run window).
 */
public record FunctionContext(DateTimeValue now) {

  /** A context whose {@code now()} is the given instant. */
  public static FunctionContext at(Instant now) {
    return new FunctionContext(new DateTimeValue(DateTimes.toTicks(now)));
  }

  /** A context whose {@code now()} is read once from the clock. */
  public static FunctionContext of(Clock clock) {
    return at(clock.instant());
  }
}
