package io.sentinelforge.content;

import java.util.List;

/**
 * One condition of an automation rule: an incident or alert property compared with values.
 *
 * @param property e.g. {@code IncidentTitle}
 * @param operator e.g. {@code StartsWith}
 * @param values the values compared with (any may match)
 */
public record AutomationCondition(String property, String operator, List<String> values) {

  /** Copies the list. */
  public AutomationCondition {
    values = List.copyOf(values);
  }
}
