package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.DateTimes;
import io.sentinelforge.eval.value.TimespanValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Calendar arithmetic on datetime ticks (UTC; weeks start on Sunday as in KQL). */
final class Calendar {

  static final long DAY = TimespanValue.TICKS_PER_DAY;

  private Calendar() {}

  static long startOfDay(long ticks, long offset) {
    return Math.floorDiv(ticks, DAY) * DAY + offset * DAY;
  }

  static long startOfWeek(long ticks, long offset) {
    LocalDate date = DateTimes.toLocalDateTime(ticks).toLocalDate();
    LocalDate sunday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    return ticksOf(sunday.plusWeeks(offset));
  }

  static long startOfMonth(long ticks, long offset) {
    LocalDate date = DateTimes.toLocalDateTime(ticks).toLocalDate().withDayOfMonth(1);
    return ticksOf(date.plusMonths(offset));
  }

  static long startOfYear(long ticks, long offset) {
    LocalDate date = DateTimes.toLocalDateTime(ticks).toLocalDate().withDayOfYear(1);
    return ticksOf(date.plusYears(offset));
  }

  static long ticksOf(LocalDate date) {
    return DateTimes.toTicks(date.atStartOfDay());
  }

  /** Days since the Sunday that starts the week. */
  static long dayOfWeek(long ticks) {
    return DateTimes.toLocalDateTime(ticks).getDayOfWeek().getValue() % 7;
  }

  /** {@code datetime_part}: the named part; null for an unknown part. */
  static Long part(String name, long ticks) {
    LocalDateTime time = DateTimes.toLocalDateTime(ticks);
    long fraction = Math.floorMod(ticks, TimespanValue.TICKS_PER_SECOND);
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "year" -> (long) time.getYear();
      case "quarter" -> (long) (time.getMonthValue() + 2) / 3;
      case "month" -> (long) time.getMonthValue();
      case "week_of_year", "weekofyear", "week" ->
          (long) time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      case "day" -> (long) time.getDayOfMonth();
      case "dayofyear" -> (long) time.getDayOfYear();
      case "hour" -> (long) time.getHour();
      case "minute" -> (long) time.getMinute();
      case "second" -> (long) time.getSecond();
      case "millisecond" -> fraction / 10_000;
      case "microsecond" -> fraction / 10;
      case "nanosecond" -> fraction * 100;
      default -> null;
    };
  }

  /** {@code datetime_add}: calendar-aware for years, quarters and months. */
  static Long add(String period, long amount, long ticks) {
    LocalDateTime time = DateTimes.toLocalDateTime(ticks);
    return switch (period.toLowerCase(Locale.ROOT)) {
      case "year" -> DateTimes.toTicks(time.plusYears(amount));
      case "quarter" -> DateTimes.toTicks(time.plusMonths(3 * amount));
      case "month" -> DateTimes.toTicks(time.plusMonths(amount));
      case "week" -> ticks + amount * 7 * DAY;
      case "day" -> ticks + amount * DAY;
      case "hour" -> ticks + amount * TimespanValue.TICKS_PER_HOUR;
      case "minute" -> ticks + amount * TimespanValue.TICKS_PER_MINUTE;
      case "second" -> ticks + amount * TimespanValue.TICKS_PER_SECOND;
      case "millisecond" -> ticks + amount * TimespanValue.TICKS_PER_MILLISECOND;
      case "microsecond" -> ticks + amount * 10;
      case "nanosecond" -> ticks + amount / 100;
      default -> null;
    };
  }

  /** {@code datetime_diff}: the number of period boundaries between the two datetimes. */
  static Long diff(String period, long first, long second) {
    LocalDateTime a = DateTimes.toLocalDateTime(first);
    LocalDateTime b = DateTimes.toLocalDateTime(second);
    return switch (period.toLowerCase(Locale.ROOT)) {
      case "year" -> (long) a.getYear() - b.getYear();
      case "quarter" -> quarterIndex(a) - quarterIndex(b);
      case "month" -> monthIndex(a) - monthIndex(b);
      case "week" -> (startOfWeek(first, 0) - startOfWeek(second, 0)) / (7 * DAY);
      case "day" -> Math.floorDiv(first, DAY) - Math.floorDiv(second, DAY);
      case "hour" -> truncatedDiff(first, second, TimespanValue.TICKS_PER_HOUR);
      case "minute" -> truncatedDiff(first, second, TimespanValue.TICKS_PER_MINUTE);
      case "second" -> truncatedDiff(first, second, TimespanValue.TICKS_PER_SECOND);
      case "millisecond" -> truncatedDiff(first, second, TimespanValue.TICKS_PER_MILLISECOND);
      case "microsecond" -> truncatedDiff(first, second, 10);
      case "nanosecond" -> (first - second) * 100;
      default -> null;
    };
  }

  private static long quarterIndex(LocalDateTime time) {
    return time.getYear() * 4L + (time.getMonthValue() - 1) / 3;
  }

  private static long monthIndex(LocalDateTime time) {
    return time.getYear() * 12L + time.getMonthValue() - 1;
  }

  private static long truncatedDiff(long first, long second, long unit) {
    return Math.floorDiv(first, unit) - Math.floorDiv(second, unit);
  }
}
