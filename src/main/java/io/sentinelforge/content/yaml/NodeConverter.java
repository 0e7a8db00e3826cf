package io.sentinelforge.content.yaml;

import io.sentinelforge.diag.LineIndex;
import io.sentinelforge.diag.SourceMap;
import io.sentinelforge.diag.SourceSpan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Turns SnakeYAML's composed nodes into {@link YamlNode}s with UTF-16 spans of the file. */
final class NodeConverter {

  private final String file;
  private final String text;
  private final LineIndex lines;
  private final Positions positions;
  private final Map<Node, Boolean> ancestors = new IdentityHashMap<>();

  NodeConverter(String file, String text, LineIndex lines, Positions positions) {
    this.file = file;
    this.text = text;
    this.lines = lines;
    this.positions = positions;
  }

  /** Converts a node; {@code parentColumn} is the enclosing block collection's column. */
  YamlNode convert(Node node, int parentColumn) {
    if (ancestors.containsKey(node)) {
      // An alias that refers to its own ancestor would recurse forever; cut it as a null.
      return nullAt(span(node));
    }
    ancestors.put(node, Boolean.TRUE);
    try {
      if (node instanceof MappingNode mapping) {
        return mapping(mapping);
      }
      if (node instanceof SequenceNode sequence) {
        return sequence(sequence);
      }
      return scalar((ScalarNode) node, parentColumn);
    } finally {
      ancestors.remove(node);
    }
  }

  private YamlMapping mapping(MappingNode node) {
    int column = node.getStartMark().getColumn();
    List<YamlEntry> entries = new ArrayList<>();
    for (NodeTuple tuple : node.getValue()) {
      YamlNode key = convert(tuple.getKeyNode(), column);
      YamlScalar keyScalar =
          key instanceof YamlScalar scalar
              ? scalar
              : new YamlScalar(
                  "<" + key.typeName() + " key>",
                  ScalarStyle.PLAIN,
                  ScalarType.STRING,
                  key.span(),
                  (s, e) -> key.span());
      entries.add(new YamlEntry(keyScalar, convert(tuple.getValueNode(), column)));
    }
    return new YamlMapping(entries, span(node));
  }

  private YamlSequence sequence(SequenceNode node) {
    int column = node.getStartMark().getColumn();
    List<YamlNode> items = new ArrayList<>();
    for (Node item : node.getValue()) {
      items.add(convert(item, column));
    }
    return new YamlSequence(items, span(node));
  }

  private YamlScalar scalar(ScalarNode node, int parentColumn) {
    SourceSpan span = span(node);
    ScalarStyle style = style(node.getScalarStyle());
    SourceMap map =
        ScalarSourceMap.create(
            file, text, lines, style, node.getValue(), span.start(), span.end(), parentColumn);
    return new YamlScalar(node.getValue(), style, type(node, style), span, map);
  }

  private YamlScalar nullAt(SourceSpan span) {
    return new YamlScalar("", ScalarStyle.PLAIN, ScalarType.NULL, span, (s, e) -> span);
  }

  private SourceSpan span(Node node) {
    int start = positions.offset(node.getStartMark().getIndex());
    int end = positions.offset(node.getEndMark().getIndex());
    return new SourceSpan(
        file, start, Math.max(start, end), lines.line(start), lines.column(start));
  }

  private static ScalarStyle style(DumperOptions.ScalarStyle style) {
    switch (style) {
      case SINGLE_QUOTED:
        return ScalarStyle.SINGLE_QUOTED;
      case DOUBLE_QUOTED:
        return ScalarStyle.DOUBLE_QUOTED;
      case LITERAL:
        return ScalarStyle.LITERAL;
      case FOLDED:
        return ScalarStyle.FOLDED;
      default:
        return ScalarStyle.PLAIN;
    }
  }

  private static ScalarType type(ScalarNode node, ScalarStyle style) {
    Tag tag = node.getTag();
    if (style != ScalarStyle.PLAIN || tag.equals(Tag.STR)) {
      return ScalarType.STRING;
    }
    if (tag.equals(Tag.INT)) {
      return ScalarType.INTEGER;
    }
    if (tag.equals(Tag.FLOAT)) {
      return ScalarType.FLOAT;
    }
    if (tag.equals(Tag.BOOL)) {
      return ScalarType.BOOLEAN;
    }
    if (tag.equals(Tag.NULL)) {
      return ScalarType.NULL;
    }
    if (tag.equals(Tag.TIMESTAMP)) {
      return ScalarType.TIMESTAMP;
    }
    return ScalarType.STRING;
  }
}
