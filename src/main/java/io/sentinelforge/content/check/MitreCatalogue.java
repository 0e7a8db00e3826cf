package io.sentinelforge.content.check;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Sentinel tactics and the technique → tactic table the Azure-Sentinel validator uses
 * (KillChainTechniquesHelper).
 */
public final class MitreCatalogue {

  /** The tactics the analytics rule YAML accepts, in documentation order. */
  public static final List<String> TACTICS =
      List.of(
          "InitialAccess",
          "Execution",
          "Persistence",
          "PrivilegeEscalation",
          "DefenseEvasion",
          "CredentialAccess",
          "Discovery",
          "LateralMovement",
          "Collection",
          "Exfiltration",
          "CommandAndControl",
          "Impact",
          "Reconnaissance",
          "ResourceDevelopment",
          "ImpairProcessControl",
          "InhibitResponseFunction");

  private static final Map<String, Set<String>> TACTICS_BY_TECHNIQUE = load();

  private MitreCatalogue() {}

  /** The tactics of a technique's {@code T####} base; empty when the table does not know it. */
  public static Set<String> tacticsOf(String technique) {
    int dot = technique.indexOf('.');
    String base = dot < 0 ? technique : technique.substring(0, dot);
    return TACTICS_BY_TECHNIQUE.getOrDefault(base, Set.of());
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> byTechnique = new LinkedHashMap<>();
    for (String line : ResourceLines.read("technique-tactics.txt")) {
      int colon = line.indexOf(':');
      String tactic = line.substring(0, colon).trim();
      for (String technique : line.substring(colon + 1).trim().split("\\s+")) {
        byTechnique.computeIfAbsent(technique, t -> new LinkedHashSet<>()).add(tactic);
      }
    }
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    byTechnique.forEach((technique, tactics) -> frozen.put(technique, Set.copyOf(tactics)));
    return Map.copyOf(frozen);
  }
}
