package io.sentinelforge.content.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sentinel entity types, their identifiers and required identifier sets. */
public final class EntityCatalogue {

  /**
   * One entity type.
   *
   * @param identifiers valid identifiers (case-sensitive)
   * @param requiredSets alternatives; any one complete set is enough
   */
  public record EntityType(String name, List<String> identifiers, List<Set<String>> requiredSets) {}

  private static final Map<String, EntityType> TYPES = load();

  private EntityCatalogue() {}

  /** The entity type with exactly this name. */
  public static Optional<EntityType> find(String name) {
    return Optional.ofNullable(TYPES.get(name));
  }

  /** All type names. */
  public static Set<String> names() {
    return TYPES.keySet();
  }

  private static Map<String, EntityType> load() {
    Map<String, EntityType> types = new LinkedHashMap<>();
    for (String line : ResourceLines.read("entity-types.txt")) {
      int colon = line.indexOf(':');
      int bar = line.indexOf('|');
      String name = line.substring(0, colon).trim();
      List<String> identifiers = List.of(line.substring(colon + 1, bar).trim().split("\\s+"));
      List<Set<String>> sets = new ArrayList<>();
      for (String set : line.substring(bar + 1).split(";")) {
        List<String> members = new ArrayList<>();
        for (String member : set.split(",")) {
          members.add(member.trim());
        }
        sets.add(Set.copyOf(members));
      }
      types.put(name, new EntityType(name, identifiers, List.copyOf(sets)));
    }
    return Map.copyOf(types);
  }
}
