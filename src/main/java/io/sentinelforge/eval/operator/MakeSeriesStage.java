package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.MakeSeriesOperator;

/** {@code make-series}: not implemented yet; reported as unsupported rather than approximated. */
final class MakeSeriesStage {

  private MakeSeriesStage() {}

  static Table apply(Table input, MakeSeriesOperator node, Environment environment) {
    throw new UnsupportedFeatureException(
        "make-series", "operator 'make-series' is not supported yet");
  }
}
