package io.sentinelforge.verify.alert;

import io.sentinelforge.verify.QueryOutcome;
import io.sentinelforge.verify.QueryRequest;
import java.util.List;

/**
 * One simulated rule run: what the query returned, whether the trigger fired, the alerts, and what
 * the run window let through.
 *
 * @param request the request the engine got (kept so a failure can be explained stage by stage)
 * @param outcome rows, unsupported, or failed
 * @param triggered true when the row count met the trigger
 * @param alerts the alerts raised (empty when not triggered or not run)
 */
public record Simulation(
    RunWindow window,
    List<TableWindow> tables,
    QueryRequest request,
    QueryOutcome outcome,
    boolean triggered,
    List<SimulatedAlert> alerts) {

  /** Copies lists. */
  public Simulation {
    tables = List.copyOf(tables);
    alerts = List.copyOf(alerts);
  }
}
