package io.sentinelforge.eval;

import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.expression.EvalContext;
import io.sentinelforge.eval.expression.RequestProperties;
import io.sentinelforge.eval.expression.Scope;
import io.sentinelforge.eval.expression.StageRecorder;
import io.sentinelforge.eval.expression.Statements;
import io.sentinelforge.eval.function.FunctionContext;
import io.sentinelforge.eval.function.FunctionRegistry;
import io.sentinelforge.eval.operator.TabularEvaluator;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.KqlParser;
import io.sentinelforge.kql.syntax.ParseResult;
import io.sentinelforge.kql.syntax.Statement;
import java.time.Instant;
import java.util.Map;

/**
 * Runs a KQL query locally over in-memory tables. {@code now()}, {@code ago()} and friends use the
 * given instant; external inputs come from {@link Fixtures}; work is bounded by {@link EvalLimits}.
 * Never throws for a bad query: the result says rows, unsupported or failed.
 */
public final class Evaluator {

  private Evaluator() {}

  /** Runs {@code query} with the default limits. */
  public static EvalResult run(
      String query, Map<String, Table> tables, Instant now, Fixtures fixtures) {
    return run(query, tables, now, fixtures, EvalLimits.defaults());
  }

  /** Runs {@code query} within {@code limits}. */
  public static EvalResult run(
      String query, Map<String, Table> tables, Instant now, Fixtures fixtures, EvalLimits limits) {
    ParseResult parsed = KqlParser.parse(query);
    if (!parsed.ok()) {
      KqlDiagnostic first = parsed.diagnostics().get(0);
      return new EvalResult.Failed(
          "syntax error "
              + first.code()
              + " at offset "
              + first.span().start()
              + ": "
              + first.message(),
          first);
    }
    StageRecorder stages = new StageRecorder();
    EvalContext context =
        new EvalContext(
            Map.copyOf(tables),
            fixtures,
            FunctionContext.at(now).withRequestProperties(RequestProperties.of(parsed.query())),
            FunctionRegistry.standard(),
            new Budget(limits),
            stages,
            TabularEvaluator.INSTANCE);
    Environment environment = new Environment(Scope.root(), context);
    try {
      Expression result = null;
      for (Statement statement : parsed.query().statements()) {
        Expression expression = Statements.run(statement, environment);
        if (expression != null) {
          result = expression;
        }
      }
      if (result == null) {
        return new EvalResult.Failed("the query has no tabular expression to run");
      }
      Table table = environment.table(result).resolved();
      return new EvalResult.Rows(table, stages.counts());
    } catch (UnsupportedFeatureException unsupported) {
      return new EvalResult.Unsupported(unsupported.feature(), unsupported.getMessage());
    } catch (EvaluationException failed) {
      return new EvalResult.Failed(failed.getMessage());
    } catch (StackOverflowError tooDeep) {
      return new EvalResult.Failed("the query recurses too deeply");
    } catch (OutOfMemoryError exhausted) {
      return new EvalResult.Failed("out of memory; lower the row budget or filter earlier");
    } catch (RuntimeException bug) {
      // A defect of ours must still give a result, never a stack trace to the user.
      return new EvalResult.Failed("internal error: " + bug);
    }
  }
}
