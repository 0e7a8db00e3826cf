package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.Span;
import java.time.Duration;
import java.util.Optional;

/**
 * A filter on a row's time column ({@code TimeGenerated > ago(7d)}, {@code Timestamp between
 * (ago(1d) .. now())}) and how far back it reaches, when that is a constant.
 *
 * @param span the filter expression
 * @param lookback the {@code ago(...)} duration, when known
 */
public record TimeFilter(Span span, Optional<Duration> lookback) {}
