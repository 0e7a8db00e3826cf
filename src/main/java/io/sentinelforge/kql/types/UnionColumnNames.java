package io.sentinelforge.kql.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names {@code union} gives its output columns. A name whose inputs disagree on the type
 * becomes one column per type, {@code Name_type}; a generated name that another output column
 * already has gets the first free number appended ({@code x_long1}), because the columns that keep
 * their own name win — as the engine's output in the union documentation shows.
 */
public final class UnionColumnNames {

  private UnionColumnNames() {}

  /**
   * One output name per (column, type) pair, in the map's order and each list's order.
   *
   * @param typeNamesByColumn for each input column name, the KQL names of its types in first-seen
   *     order
   */
  public static List<String> assign(Map<String, List<String>> typeNamesByColumn) {
    Set<String> taken = new HashSet<>();
    typeNamesByColumn.forEach(
        (name, types) -> {
          if (types.size() == 1) {
            taken.add(name);
          }
        });
    List<String> names = new ArrayList<>();
    typeNamesByColumn.forEach(
        (name, types) -> {
          if (types.size() == 1) {
            names.add(name);
            return;
          }
          for (String type : types) {
            String generated = name + "_" + type;
            String unique = generated;
            for (int suffix = 1; taken.contains(unique); suffix++) {
              unique = generated + suffix;
            }
            taken.add(unique);
            names.add(unique);
          }
        });
    return names;
  }
}
