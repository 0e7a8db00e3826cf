package io.sentinelforge.eval.operator;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.OperatorParameter;
import io.sentinelforge.kql.syntax.ParsePatternElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code parse} and {@code parse-where} with {@code kind=simple} (default), {@code regex} or {@code
 * relaxed}: the pattern becomes one RE2 expression anchored at the start; each column captures
 * lazily except the last, which takes the rest. A row that does not match gets null columns (parse)
 * or is dropped (parse-where); relaxed keeps partial, typed-as-possible matches.
 */
final class ParseStage {

  private ParseStage() {}

  static Table apply(
      Table input,
      List<OperatorParameter> parameters,
      Expression source,
      List<ParsePatternElement> pattern,
      boolean dropUnmatched,
      Environment environment) {
    String kind = "simple";
    String flags = "";
    for (OperatorParameter parameter : parameters) {
      String value =
          parameter.value() instanceof NameReference name
              ? name.name()
              : CellValues.get(environment.column(input, parameter.value()), 0).toKqlString();
      if (parameter.name().equalsIgnoreCase("kind")) {
        kind = value.toLowerCase(java.util.Locale.ROOT);
      } else if (parameter.name().equalsIgnoreCase("flags")) {
        flags = value;
      }
    }
    List<ParsePatternElement> columns = new ArrayList<>();
    Pattern regex = ParsePatterns.compile(pattern, kind, flags, columns);
    Column text = environment.column(input, source);
    List<ColumnBuilder> builders = new ArrayList<>();
    for (ParsePatternElement column : columns) {
      builders.add(new ColumnBuilder(type(column), input.rowCount()));
    }
    boolean relaxed = kind.equals("relaxed");
    int[] kept = new int[input.rowCount()];
    int count = 0;
    for (int r = 0; r < input.rowCount(); r++) {
      Matcher matcher = regex.matcher(CellValues.get(text, r).toKqlString());
      boolean matched = matcher.find();
      Value[] values = new Value[columns.size()];
      for (int c = 0; c < columns.size() && matched; c++) {
        String captured = matcher.group("c" + c);
        values[c] = captured == null ? null : typed(captured, builders.get(c).type());
        // A value that does not convert to its type fails the whole match, except in relaxed mode.
        matched = values[c] != null || relaxed;
      }
      if (!matched && dropUnmatched) {
        continue;
      }
      kept[count++] = r;
      for (int c = 0; c < columns.size(); c++) {
        Value value = matched ? values[c] : null;
        CellValues.append(
            builders.get(c), value == null ? Values.nullOf(builders.get(c).type()) : value);
      }
    }
    Table output = count == input.rowCount() ? input : input.select(kept, count);
    for (int c = 0; c < columns.size(); c++) {
      Column column = builders.get(c).build();
      output = ProjectStage.withColumn(output, columns.get(c).columnName(), column);
    }
    return output;
  }

  private static KqlType type(ParsePatternElement column) {
    if (column.columnType() == null) {
      return KqlType.STRING;
    }
    return KqlType.fromName(column.columnType())
        .orElseThrow(() -> new EvaluationException("unknown type '" + column.columnType() + "'"));
  }

  private static Value typed(String text, KqlType type) {
    if (type == KqlType.STRING) {
      return Values.of(text);
    }
    try {
      Value converted = SourceStages.convert(Values.of(text.trim()), type);
      return converted.isNull() ? null : converted;
    } catch (RuntimeException unconvertible) {
      return null;
    }
  }
}
