package io.sentinelforge.eval;

import io.sentinelforge.eval.expression.StageRecorder.StageCount;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import java.util.List;

/** The outcome of evaluating one query: rows, an unsupported feature, or an error. */
public sealed interface EvalResult {

  /** The query ran; {@code stages} are the row counts after each pipe stage, in order. */
  record Rows(Table table, List<StageCount> stages) implements EvalResult {
    /** Copies the stage list. */
    public Rows {
      stages = List.copyOf(stages);
    }
  }

  /** The query uses something the evaluator does not implement; no answer is given. */
  record Unsupported(String feature, String reason) implements EvalResult {}

  /**
   * The query could not be evaluated: a syntax error, an unknown name, a budget exceeded…
   *
   * @param syntaxError the parser's first diagnostic when the query did not parse, else null (it
   *     keeps the offsets, so a caller can report the file's line and column)
   */
  record Failed(String message, KqlDiagnostic syntaxError) implements EvalResult {

    /** A failure that is not a syntax error. */
    public Failed(String message) {
      this(message, null);
    }
  }
}
