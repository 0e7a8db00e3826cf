package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.ColumnDeclaration;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.ParseKvOperator;
import java.util.List;
import java.util.Map;

/**
 * {@code parse-kv Text as (Key:type, …) with (pair_delimiter, kv_delimiter, quote, escape,
 * greedy)}: finds each declared key followed by the key/value delimiter and reads its value —
 * quoted, up to the next pair delimiter, or (greedy) up to the next {@code key=} pair. Values are
 * converted to the declared type; missing keys and values that do not convert are null.
 */
final class ParseKvStage {

  private ParseKvStage() {}

  static Table apply(Table input, ParseKvOperator node, Environment environment) {
    KeyValueScanner scanner = scanner(input, node, environment);
    Column text = environment.column(input, node.source());
    Table output = input;
    List<ColumnDeclaration> declarations = node.columns();
    ColumnBuilder[] builders = new ColumnBuilder[declarations.size()];
    for (int c = 0; c < builders.length; c++) {
      builders[c] = new ColumnBuilder(SourceStages.type(declarations.get(c)), input.rowCount());
    }
    for (int r = 0; r < input.rowCount(); r++) {
      Map<String, String> pairs = scanner.scan(CellValues.get(text, r).toKqlString());
      for (int c = 0; c < builders.length; c++) {
        String raw = pairs.get(declarations.get(c).name());
        CellValues.append(builders[c], convert(raw, builders[c].type()));
      }
    }
    for (int c = 0; c < builders.length; c++) {
      output = ProjectStage.withColumn(output, declarations.get(c).name(), builders[c].build());
    }
    return output;
  }

  private static Value convert(String raw, KqlType type) {
    if (raw == null) {
      return Values.nullOf(type);
    }
    try {
      Value value = SourceStages.convert(Values.of(raw), type);
      return value;
    } catch (RuntimeException unconvertible) {
      return Values.nullOf(type);
    }
  }

  private static KeyValueScanner scanner(
      Table input, ParseKvOperator node, Environment environment) {
    String pairDelimiter = ",";
    String kvDelimiter = ":";
    String quotes = "";
    String escape = "";
    boolean greedy = false;
    Table row = Table.empty(List.of()).select(new int[1], 1);
    for (NamedExpression property : node.properties()) {
      String name = property.names().get(0).toLowerCase(java.util.Locale.ROOT);
      String value =
          property.value() instanceof NameReference reference
              ? reference.name()
              : CellValues.get(environment.column(row, property.value()), 0).toKqlString();
      switch (name) {
        case "pair_delimiter":
          pairDelimiter = value;
          break;
        case "kv_delimiter":
          kvDelimiter = value;
          break;
        case "quote":
          quotes = value;
          break;
        case "escape":
          escape = value;
          break;
        case "greedy":
          greedy = value.equalsIgnoreCase("true");
          break;
        default:
          throw new UnsupportedFeatureException(
              "parse-kv " + name, "parse-kv option '" + name + "' is not supported");
      }
    }
    List<String> keys = node.columns().stream().map(ColumnDeclaration::name).toList();
    return new KeyValueScanner(keys, pairDelimiter, kvDelimiter, quotes, escape, greedy);
  }
}
