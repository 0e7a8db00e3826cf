package io.sentinelforge.content.check;

import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.RuleKind;
import io.sentinelforge.content.SentinelDuration;
import io.sentinelforge.content.yaml.YamlScalar;
import java.time.Duration;
import java.util.Optional;

/**
 * Rules 4–6: queryFrequency and queryPeriod are durations from 5m to 14d, the period is at least
 * the frequency, and a period of 2 days or more needs a frequency of 1 hour or more.
 */
public final class ScheduleCheck implements FileCheck {

  private static final Duration MIN = Duration.ofMinutes(5);
  private static final Duration MAX = Duration.ofDays(14);

  @Override
  public void check(CheckTarget target, Findings findings) {
    Optional<AnalyticRule> rule = target.rule();
    if (rule.isEmpty() || rule.get().kind() == RuleKind.NRT) {
      return;
    }
    Optional<Duration> frequency = duration(target, "queryFrequency", findings);
    Optional<Duration> period = duration(target, "queryPeriod", findings);
    if (frequency.isEmpty() || period.isEmpty()) {
      return;
    }
    YamlScalar periodNode = target.scalar("queryPeriod").orElseThrow();
    if (period.get().compareTo(frequency.get()) < 0) {
      findings.error(
          ContentCodes.PERIOD_BELOW_FREQUENCY,
          "queryPeriod "
              + periodNode.value()
              + " is shorter than queryFrequency "
              + rule.get().queryFrequency()
              + "; events between runs would never be seen",
          periodNode.span());
    }
    if (period.get().compareTo(Duration.ofDays(2)) >= 0
        && frequency.get().compareTo(Duration.ofHours(1)) < 0) {
      findings.error(
          ContentCodes.LONG_PERIOD_FREQUENCY,
          "a queryPeriod of 2 days or more needs a queryFrequency of at least 1h (found "
              + rule.get().queryFrequency()
              + ")",
          target.span("queryFrequency"));
    }
  }

  private static Optional<Duration> duration(CheckTarget target, String key, Findings findings) {
    Optional<YamlScalar> node = target.scalar(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<Duration> value = SentinelDuration.parse(node.get().value());
    if (value.isEmpty()) {
      findings.error(
          ContentCodes.DURATION,
          key
              + " '"
              + node.get().value()
              + "' is not a duration; write <number>m, h or d "
              + "(e.g. 5m, 1h, 14d)",
          node.get().span());
    } else if (value.get().compareTo(MIN) < 0 || value.get().compareTo(MAX) > 0) {
      findings.error(
          ContentCodes.DURATION,
          key + " " + node.get().value() + " is out of range; it must be from 5m to 14d",
          node.get().span());
      return Optional.empty();
    }
    return value;
  }
}
