package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.ParseKvOperator;

/** {@code parse-kv}: not implemented yet; reported as unsupported rather than approximated. */
final class ParseKvStage {

  private ParseKvStage() {}

  static Table apply(Table input, ParseKvOperator node, Environment environment) {
    throw new UnsupportedFeatureException("parse-kv", "operator 'parse-kv' is not supported yet");
  }
}
