package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.function.FunctionContext;
import io.sentinelforge.eval.function.ScalarFunction;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.NameReference;
import java.util.List;

/**
 * {@code evaluate ipv4_lookup(LookupTable, SourceIp, LookupRange [, return_unmatched])} and {@code
 * ipv6_lookup}: each source row joined with the lookup row whose range (CIDR) contains its address
 * — the narrowest one when several do; unmatched rows are dropped unless {@code return_unmatched}.
 */
final class IpLookupPlugin {

  private IpLookupPlugin() {}

  static Table apply(
      Table input, String plugin, List<Expression> arguments, Environment environment) {
    if (arguments.size() < 3
        || !(arguments.get(1) instanceof NameReference source)
        || !(arguments.get(2) instanceof NameReference range)) {
      throw new EvaluationException(
          plugin + " takes a lookup table, a source column and a range column");
    }
    Table lookup = environment.table(arguments.get(0));
    boolean keepUnmatched =
        arguments.size() > 3
            && Values.isTrue(
                CellValues.get(
                    environment.column(
                        Table.empty(List.of()).select(new int[1], 1), arguments.get(3)),
                    0));
    Column addresses = column(input, source.name());
    Column ranges = column(lookup, range.name());
    ScalarFunction inRange =
        environment
            .context()
            .registry()
            .scalar(plugin.startsWith("ipv4") ? "ipv4_is_in_range" : "ipv6_is_in_range")
            .orElseThrow(() -> new EvaluationException("range test for " + plugin + " is missing"));
    FunctionContext context = environment.context().functions();
    IntList left = new IntList(input.rowCount());
    IntList right = new IntList(input.rowCount());
    for (int r = 0; r < input.rowCount(); r++) {
      Value address = CellValues.get(addresses, r);
      int best = -1;
      int bestPrefix = -1;
      for (int l = 0; l < lookup.rowCount(); l++) {
        Value cidr = CellValues.get(ranges, l);
        if (Values.isTrue(inRange.invoke(context, List.of(address, cidr)))) {
          int prefix = prefixLength(cidr.toKqlString());
          if (prefix > bestPrefix) {
            best = l;
            bestPrefix = prefix;
          }
        }
      }
      if (best >= 0 || keepUnmatched) {
        left.add(r);
        right.add(best);
      }
    }
    // The documentation shows ipv4_lookup with the source columns first, ipv6_lookup with the
    // lookup's.
    return plugin.startsWith("ipv4")
        ? HashJoin.combine(input, lookup, left, right)
        : HashJoin.combine(lookup, input, right, left);
  }

  private static int prefixLength(String cidr) {
    int slash = cidr.indexOf('/');
    try {
      return slash < 0 ? 128 : Integer.parseInt(cidr.substring(slash + 1).trim());
    } catch (NumberFormatException notNumber) {
      return 0;
    }
  }

  private static Column column(Table table, String name) {
    Column column = table.column(name);
    if (column == null) {
      throw new EvaluationException("no column '" + name + "'");
    }
    return column;
  }
}
