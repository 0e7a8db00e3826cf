package io.sentinelforge.eval.operator;

import java.util.Collection;

/** KQL's rule for clashing output names: append the smallest number that makes the name unique. */
final class ColumnNames {

  private ColumnNames() {}

  static String unique(String name, Collection<String> taken) {
    if (!taken.contains(name)) {
      return name;
    }
    for (int suffix = 1; ; suffix++) {
      String candidate = name + suffix;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }
}
