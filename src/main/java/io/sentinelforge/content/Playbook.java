package io.sentinelforge.content;

import io.sentinelforge.content.yaml.YamlMapping;
import java.util.List;
import java.util.Map;

/**
 * A playbook in Sentinel Forge's compact YAML ({@code content/playbooks/}): a Logic App, the API
 * connections it uses (managed identity) and the role assignments its calls need.
 *
 * @param id GUID
 * @param name the Logic App name
 * @param description what it does
 * @param enabled whether the Logic App starts enabled
 * @param trigger what starts a run
 * @param connections managed API connections used ({@code azuresentinel}, {@code azuremonitorlogs})
 * @param roles role assignments for the Logic App's managed identity
 * @param parameters workflow parameters and the deployment value each takes ({@code workspace}…)
 * @param actions the workflow definition's {@code actions}, as written
 * @param queries the KQL queries inside actions, for validation
 * @param source the file
 */
public record Playbook(
    String id,
    String name,
    String description,
    boolean enabled,
    PlaybookTrigger trigger,
    List<String> connections,
    List<RoleGrant> roles,
    Map<String, String> parameters,
    YamlMapping actions,
    List<EmbeddedQuery> queries,
    ContentSource source) {

  /** Copies lists and maps. */
  public Playbook {
    connections = List.copyOf(connections);
    roles = List.copyOf(roles);
    parameters = Collections2.orderedCopy(parameters);
    queries = List.copyOf(queries);
  }
}
