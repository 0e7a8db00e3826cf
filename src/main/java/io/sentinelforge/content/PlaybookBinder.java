package io.sentinelforge.content;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.sentinelforge.content.yaml.YamlEntry;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import io.sentinelforge.content.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a playbook from compact YAML, reporting every problem at its line. */
final class PlaybookBinder {

  static final List<String> CONNECTIONS = List.of("azuresentinel", "azuremonitorlogs");
  static final List<String> PARAMETER_SOURCES =
      List.of(
          "workspace", "workspaceId", "subscriptionId", "resourceGroup", "location", "tenantId");
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "name",
          "description",
          "enabled",
          "trigger",
          "connections",
          "roles",
          "parameters",
          "actions");
  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_.()-]{1,80}$");
  private static final Pattern PARAMETER = Pattern.compile("parameters\\('([^']*)'\\)");
  private static final Pattern CONNECTION =
      Pattern.compile("parameters\\('\\$connections'\\)\\['([^']*)'\\]");

  private final CompactReader reader;

  PlaybookBinder(CompactReader reader) {
    this.reader = reader;
  }

  Playbook bind(ContentSource source) {
    YamlMapping root = source.root();
    reader.knownKeys(root, KEYS);
    String id = reader.requireText(root, "id");
    reader.guid(root, id);
    String name = reader.requireText(root, "name");
    if (name != null && !NAME.matcher(name).matches()) {
      reader.error(
          CompactCodes.INVALID_VALUE,
          "a Logic App name has 1–80 letters, digits, '-', '_', '.', '(' or ')'",
          source.span("name"));
    }
    List<String> connections = connections(root);
    Map<String, String> parameters = parameters(root);
    YamlMapping actions = reader.mapping(root, "actions", true);
    List<EmbeddedQuery> queries = new ArrayList<>();
    if (actions != null) {
      walk(actions, "actions", connections, parameters, queries);
    }
    return new Playbook(
        id,
        name,
        reader.requireText(root, "description"),
        reader.bool(root, "enabled", true),
        trigger(root, source),
        connections,
        roles(root),
        parameters,
        actions,
        queries,
        source);
  }

  private PlaybookTrigger trigger(YamlMapping root, ContentSource source) {
    YamlNode node = root.get("trigger").orElse(null);
    if (node instanceof YamlScalar scalar
        && List.of("incident", "alert").contains(scalar.value())) {
      return new PlaybookTrigger(scalar.value(), null, 0);
    }
    if (node instanceof YamlMapping mapping
        && reader.mapping(mapping, "recurrence", true) != null) {
      YamlMapping recurrence = reader.mapping(mapping, "recurrence", true);
      reader.knownKeys(recurrence, Set.of("frequency", "interval"));
      return new PlaybookTrigger(
          "recurrence",
          reader.oneOf(
              recurrence, "frequency", List.of("Minute", "Hour", "Day", "Week", "Month"), true),
          reader.integer(recurrence, "interval", 1));
    }
    reader.error(
        CompactCodes.INVALID_VALUE,
        "'trigger' must be incident, alert or {recurrence: {frequency, interval}}",
        node == null ? root.span() : node.span());
    return null;
  }

  private List<String> connections(YamlMapping root) {
    List<String> connections = reader.texts(root, "connections");
    for (String connection : connections) {
      if (!CONNECTIONS.contains(connection)) {
        reader.error(
            CompactCodes.INVALID_VALUE,
            "unknown connection '" + connection + "'; expected " + String.join(" or ", CONNECTIONS),
            root.get("connections").orElseThrow().span());
      }
    }
    return connections;
  }

  private Map<String, String> parameters(YamlMapping root) {
    Map<String, String> parameters = new LinkedHashMap<>();
    YamlMapping mapping = reader.mapping(root, "parameters", false);
    if (mapping != null) {
      for (YamlEntry entry : mapping.entries()) {
        String value = reader.oneOf(mapping, entry.name(), PARAMETER_SOURCES, true);
        parameters.put(entry.name(), value);
      }
    }
    return parameters;
  }

  private List<RoleGrant> roles(YamlMapping root) {
    List<RoleGrant> roles = new ArrayList<>();
    for (YamlNode node : reader.items(root, "roles")) {
      YamlMapping role = reader.asMapping(node, "a role");
      if (role == null) {
        continue;
      }
      reader.knownKeys(role, Set.of("role", "scope"));
      String name = reader.requireText(role, "role");
      String id = name == null ? null : BuiltInRoles.id(name).orElse(null);
      if (name != null && id == null) {
        reader.error(
            CompactCodes.INVALID_VALUE,
            "unknown role '" + name + "'; known roles: " + BuiltInRoles.names(),
            role.get("role").orElseThrow().span());
      }
      String scope = reader.oneOf(role, "scope", List.of("resourceGroup", "subscription"), false);
      roles.add(new RoleGrant(name, id, scope == null ? "resourceGroup" : scope));
    }
    return roles;
  }

  /** Finds embedded queries and checks connection and parameter references, depth first. */
  private void walk(
      YamlNode node,
      String where,
      List<String> connections,
      Map<String, String> parameters,
      List<EmbeddedQuery> queries) {
    if (node instanceof YamlMapping mapping) {
      hostShorthand(mapping, connections);
      queryData(mapping, where, queries);
      for (YamlEntry entry : mapping.entries()) {
        walk(entry.value(), where + "." + entry.name(), connections, parameters, queries);
      }
    } else if (node instanceof YamlSequence sequence) {
      for (int i = 0; i < sequence.items().size(); i++) {
        walk(sequence.items().get(i), where + "[" + i + "]", connections, parameters, queries);
      }
    } else if (node instanceof YamlScalar scalar && !scalar.isNull()) {
      references(scalar, connections, parameters);
    }
  }

  private void hostShorthand(YamlMapping mapping, List<String> connections) {
    if (mapping.get("connection").orElse(null) instanceof YamlScalar scalar
        && !connections.contains(scalar.value())) {
      reader.error(
          CompactCodes.UNKNOWN_REFERENCE,
          "connection '" + scalar.value() + "' is not listed under 'connections'",
          scalar.span());
    }
  }

  private static void queryData(YamlMapping mapping, String where, List<EmbeddedQuery> queries) {
    boolean query =
        mapping.get("path").orElse(null) instanceof YamlScalar path
            && path.value().equals("/queryData");
    if (query && mapping.get("body").orElse(null) instanceof YamlScalar body) {
      queries.add(
          new EmbeddedQuery(
              where + ".body", new QueryText(body.value(), body.valueMap(), body.span())));
    }
  }

  private void references(
      YamlScalar scalar, List<String> connections, Map<String, String> parameters) {
    Matcher connection = CONNECTION.matcher(scalar.value());
    while (connection.find()) {
      if (!connections.contains(connection.group(1))) {
        reader.error(
            CompactCodes.UNKNOWN_REFERENCE,
            "connection '" + connection.group(1) + "' is not listed under 'connections'",
            scalar.span());
      }
    }
    Matcher parameter = PARAMETER.matcher(scalar.value());
    while (parameter.find()) {
      String name = parameter.group(1);
      if (!name.equals("$connections") && !parameters.containsKey(name)) {
        reader.error(
            CompactCodes.UNKNOWN_REFERENCE,
            "workflow parameter '" + name + "' is not declared under 'parameters'",
            scalar.span());
      }
    }
  }
}
