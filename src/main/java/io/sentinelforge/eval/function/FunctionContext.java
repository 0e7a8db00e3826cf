package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.DateTimes;
import io.sentinelforge.eval.value.Value;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What scalar functions may use besides their arguments: the query's {@code now()}, fixed for the
 * whole query (a rule test binds it to the simulated end of the run window), and the request
 * properties the query's {@code set} statements give ({@code query_bin_auto_size} for {@code
 * bin_auto}).
 */
public record FunctionContext(DateTimeValue now, Map<String, Value> requestProperties) {

  /** Copies the properties. */
  public FunctionContext {
    requestProperties = Map.copyOf(requestProperties);
  }

  /** A context without request properties. */
  public FunctionContext(DateTimeValue now) {
    this(now, Map.of());
  }

  /** A context whose {@code now()} is the given instant. */
  public static FunctionContext at(Instant now) {
    return new FunctionContext(new DateTimeValue(DateTimes.toTicks(now)));
  }

  /** A context whose {@code now()} is read once from the clock. */
  public static FunctionContext of(Clock clock) {
    return at(clock.instant());
  }

  /** The same {@code now()} with these request properties. */
  public FunctionContext withRequestProperties(Map<String, Value> properties) {
    return new FunctionContext(now, properties);
  }

  /** A request property set by a {@code set} statement. */
  public Optional<Value> requestProperty(String name) {
    return Optional.ofNullable(requestProperties.get(name));
  }
}
