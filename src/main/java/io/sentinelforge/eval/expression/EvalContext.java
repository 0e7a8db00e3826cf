package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.Budget;
import io.sentinelforge.eval.Fixtures;
import io.sentinelforge.eval.function.FunctionContext;
import io.sentinelforge.eval.function.FunctionRegistry;
import io.sentinelforge.eval.table.Table;
import java.util.Map;

/**
 * Everything one query evaluation shares: the database tables, fixtures, the simulated {@code
 * now()}, the function registry, the budget, the recorder of per-stage row counts, and the
 * evaluator of tabular expressions.
 */
public record EvalContext(
    Map<String, Table> tables,
    Fixtures fixtures,
    FunctionContext functions,
    FunctionRegistry registry,
    Budget budget,
    StageRecorder stages,
    TabularEngine tabular) {}
