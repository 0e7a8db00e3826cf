package io.sentinelforge.verify.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a case's {@code expect:} block. */
final class ExpectationReader {

  private static final List<String> EXPECT_KEYS = List.of("alerts", "rows", "contains", "absent");
  private static final List<String> MATCHER_KEYS =
      List.of("entities", "customDetails", "columns", "displayName", "description", "severity");
  private static final List<String> BOUND_KEYS = List.of("at_least", "at_most");

  private final NodeReader reader;

  ExpectationReader(NodeReader reader) {
    this.reader = reader;
  }

  Expectations read(YamlNode node) {
    YamlNode.Mapping expect = reader.mapping(node, "expect");
    if (expect == null) {
      return null;
    }
    reader.checkKeys(expect, EXPECT_KEYS, "expect");
    CountExpectation alerts = count(expect.get("alerts"), "expect.alerts");
    CountExpectation rows = count(expect.get("rows"), "expect.rows");
    List<AlertMatcher> contains = matchers(expect.get("contains"), "expect.contains");
    List<AlertMatcher> absent = matchers(expect.get("absent"), "expect.absent");
    if (alerts == null && rows == null && contains.isEmpty() && absent.isEmpty()) {
      reader.error(
          TestCodes.MISSING_KEY,
          "expect needs at least one of alerts, rows, contains, absent",
          expect.span());
    }
    return new Expectations(alerts, rows, contains, absent, expect.span());
  }

  private CountExpectation count(YamlNode node, String what) {
    if (node == null) {
      return null;
    }
    if (node instanceof YamlNode.Mapping) {
      YamlNode.Mapping bounds = (YamlNode.Mapping) node;
      reader.checkKeys(bounds, BOUND_KEYS, what);
      Integer atLeast = optionalCount(bounds.get("at_least"), what + ".at_least");
      Integer atMost = optionalCount(bounds.get("at_most"), what + ".at_most");
      if (atLeast == null && atMost == null) {
        reader.error(TestCodes.BAD_EXPECTATION, what + " needs at_least or at_most", node.span());
        return null;
      }
      return new CountExpectation(null, atLeast, atMost, node.span());
    }
    Integer exactly = reader.count(node, what);
    return exactly == null ? null : new CountExpectation(exactly, null, null, node.span());
  }

  private Integer optionalCount(YamlNode node, String what) {
    return node == null ? null : reader.count(node, what);
  }

  private List<AlertMatcher> matchers(YamlNode node, String what) {
    List<AlertMatcher> matchers = new ArrayList<>();
    if (node == null) {
      return matchers;
    }
    YamlNode.Sequence list = reader.sequence(node, what);
    if (list == null) {
      return matchers;
    }
    for (YamlNode item : list.items()) {
      YamlNode.Mapping mapping = reader.mapping(item, "an entry of " + what);
      if (mapping != null) {
        reader.checkKeys(mapping, MATCHER_KEYS, "an entry of " + what);
        matchers.add(matcher(mapping));
      }
    }
    return matchers;
  }

  private AlertMatcher matcher(YamlNode.Mapping mapping) {
    Map<String, Object> entities = optionalMap(mapping.get("entities"), "entities");
    entities.keySet().stream()
        .filter(key -> key.indexOf('.') <= 0 || key.endsWith("."))
        .forEach(
            key ->
                reader.error(
                    TestCodes.BAD_EXPECTATION,
                    "entity key '" + key + "' must be written Type.Identifier, e.g. IP.Address",
                    mapping.keySpans().get("entities")));
    return new AlertMatcher(
        entities,
        optionalMap(mapping.get("customDetails"), "customDetails"),
        optionalMap(mapping.get("columns"), "columns"),
        optionalText(mapping.get("displayName"), "displayName"),
        optionalText(mapping.get("description"), "description"),
        optionalText(mapping.get("severity"), "severity"),
        mapping.span());
  }

  private Map<String, Object> optionalMap(YamlNode node, String what) {
    return node == null ? Map.of() : reader.scalarMap(node, what);
  }

  private String optionalText(YamlNode node, String what) {
    return node == null ? null : reader.text(node, what);
  }
}
