package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.MvApplyOperator;

/** {@code mv-apply}: not implemented yet; reported as unsupported rather than approximated. */
final class MvApplyStage {

  private MvApplyStage() {}

  static Table apply(Table input, MvApplyOperator node, Environment environment) {
    throw new UnsupportedFeatureException("mv-apply", "operator 'mv-apply' is not supported yet");
  }
}
