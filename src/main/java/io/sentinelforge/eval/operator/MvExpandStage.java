package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.BagValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.MvExpandItem;
import io.sentinelforge.kql.syntax.MvExpandOperator;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.OperatorParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code mv-expand}: one row per element of the expanded arrays (several columns expand in
 * parallel, the shorter padded with null). An empty array gives no row, a null or scalar one row.
 * Bags expand per property as {@code {key: value}} ({@code bagexpansion=bag}, the default) or
 * {@code [key, value]} ({@code bagexpansion=array}). The output size is checked before building.
 */
final class MvExpandStage {

  private MvExpandStage() {}

  static Table apply(Table input, MvExpandOperator node, Environment environment) {
    return expand(input, node.parameters(), node.items(), node.limit(), environment);
  }

  static Table expand(
      Table input,
      List<OperatorParameter> parameters,
      List<MvExpandItem> items,
      io.sentinelforge.kql.syntax.Expression limitExpression,
      Environment environment) {
    boolean bagsAsArrays = false;
    String itemIndex = null;
    for (OperatorParameter parameter : parameters) {
      String value = parameter.value() instanceof NameReference name ? name.name() : "";
      if (parameter.name().equalsIgnoreCase("bagexpansion")
          || parameter.name().equalsIgnoreCase("kind")) {
        bagsAsArrays = value.equalsIgnoreCase("array");
      } else if (parameter.name().equalsIgnoreCase("with_itemindex")) {
        itemIndex = value;
      }
    }
    long limit =
        limitExpression == null
            ? Long.MAX_VALUE
            : SmallStages.constantLong(limitExpression, environment);
    List<String> names = new ArrayList<>();
    List<Column> sources = new ArrayList<>();
    for (MvExpandItem item : items) {
      names.add(
          item.column() instanceof NamedExpression named
              ? named.names().get(0)
              : ProjectStage.nameOf(item.column()));
      sources.add(environment.column(input, item.column()));
    }
    Expansion expansion = new Expansion(sources, bagsAsArrays, limit);
    long total = expansion.count();
    environment
        .context()
        .budget()
        .checkOutput("mv-expand", total, input.columns().size() + items.size());
    expansion.build((int) total);
    Table output = input.select(expansion.sourceRows, (int) total);
    for (int i = 0; i < items.size(); i++) {
      KqlType type =
          items.get(i).toType() == null
              ? KqlType.DYNAMIC
              : KqlType.fromName(items.get(i).toType())
                  .orElseThrow(() -> new EvaluationException("unknown type in mv-expand"));
      output =
          ProjectStage.withColumn(
              output, names.get(i), typed(expansion.values.get(i), (int) total, type));
    }
    if (itemIndex != null) {
      ColumnBuilder index = new ColumnBuilder(KqlType.LONG, (int) total);
      for (int r = 0; r < total; r++) {
        index.appendLong(expansion.itemIndexes[r]);
      }
      output = ProjectStage.withColumn(output, itemIndex, index.build());
    }
    return output;
  }

  private static Column typed(Value[] values, int count, KqlType type) {
    ColumnBuilder builder = new ColumnBuilder(type, count);
    for (int r = 0; r < count; r++) {
      Value value = values[r];
      if (value.isNull()) {
        builder.appendNull();
      } else if (type == KqlType.DYNAMIC) {
        builder.append(value);
      } else {
        CellValues.append(builder, SourceStages.convert(value, type));
      }
    }
    return builder.build();
  }

  /** Counts, then materializes, the expanded elements of every row. */
  private static final class Expansion {
    private final List<Column> sources;
    private final boolean bagsAsArrays;
    private final long limit;
    int[] sourceRows;
    int[] itemIndexes;
    final List<Value[]> values = new ArrayList<>();

    Expansion(List<Column> sources, boolean bagsAsArrays, long limit) {
      this.sources = sources;
      this.bagsAsArrays = bagsAsArrays;
      this.limit = limit;
    }

    long count() {
      long total = 0;
      int rows = sources.get(0).size();
      for (int r = 0; r < rows; r++) {
        total += rowLength(r);
      }
      return total;
    }

    private long rowLength(int row) {
      long longest = 0;
      for (Column source : sources) {
        longest = Math.max(longest, length(CellValues.get(source, row)));
      }
      return Math.min(longest, limit);
    }

    private static long length(Value value) {
      if (value instanceof ArrayValue array) {
        return array.elements().size();
      }
      if (value instanceof BagValue bag) {
        return bag.properties().size();
      }
      return 1;
    }

    void build(int total) {
      sourceRows = new int[total];
      itemIndexes = new int[total];
      for (int i = 0; i < sources.size(); i++) {
        values.add(new Value[total]);
      }
      int out = 0;
      int rows = sources.get(0).size();
      for (int r = 0; r < rows; r++) {
        int length = (int) rowLength(r);
        for (int i = 0; i < sources.size(); i++) {
          List<Value> elements = elements(CellValues.get(sources.get(i), r));
          Value[] target = values.get(i);
          for (int k = 0; k < length; k++) {
            target[out + k] = k < elements.size() ? elements.get(k) : Values.NULL_DYNAMIC;
          }
        }
        for (int k = 0; k < length; k++) {
          sourceRows[out + k] = r;
          itemIndexes[out + k] = k;
        }
        out += length;
      }
    }

    private List<Value> elements(Value value) {
      if (value instanceof ArrayValue array) {
        return array.elements();
      }
      if (value instanceof BagValue bag) {
        List<Value> pairs = new ArrayList<>();
        for (Map.Entry<String, Value> property : bag.properties().entrySet()) {
          pairs.add(
              bagsAsArrays
                  ? Values.array(List.of(Values.of(property.getKey()), property.getValue()))
                  : Values.bag(Map.of(property.getKey(), property.getValue())));
        }
        return pairs;
      }
      return List.of(value);
    }
  }
}
