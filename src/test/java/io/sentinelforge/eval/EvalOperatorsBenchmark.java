package io.sentinelforge.eval;

import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.table.Ticks;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the hot operators on a deterministic 200,000-row sign-in table: filter,
 * filter+extend, summarize with countif/dcount by key and hourly bin, arg_max + join, mv-expand
 * with dynamic property access. Run: {@code java -cp <test classpath> org.openjdk.jmh.Main
 * EvalOperatorsBenchmark} (not part of the unit tests).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvalOperatorsBenchmark {

  private static final int ROWS = 200_000;
  private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
  private Map<String, Table> tables;

  @Setup
  public void load() {
    Random random = new Random(20261127);
    ColumnBuilder time = new ColumnBuilder(KqlType.DATETIME, ROWS);
    ColumnBuilder user = new ColumnBuilder(KqlType.STRING, ROWS);
    ColumnBuilder ip = new ColumnBuilder(KqlType.STRING, ROWS);
    ColumnBuilder app = new ColumnBuilder(KqlType.STRING, ROWS);
    ColumnBuilder result = new ColumnBuilder(KqlType.STRING, ROWS);
    ColumnBuilder policies = new ColumnBuilder(KqlType.DYNAMIC, ROWS);
    long start = Ticks.fromInstant(Instant.parse("2026-11-16T00:00:00Z"));
    for (int r = 0; r < ROWS; r++) {
      time.appendLong(start + (long) r * 3 * Ticks.PER_SECOND);
      user.append(("user" + random.nextInt(10_000)).intern());
      ip.append("10.0." + random.nextInt(200) + "." + random.nextInt(200));
      app.append(("app" + random.nextInt(300)).intern());
      result.append(random.nextInt(100) < 85 ? "0" : "50126");
      policies.append(policyArray(random));
    }
    Table signins =
        new Table(
            List.of(
                "TimeGenerated",
                "UserPrincipalName",
                "IPAddress",
                "AppDisplayName",
                "ResultType",
                "ConditionalAccessPolicies"),
            List.of(
                time.build(),
                user.build(),
                ip.build(),
                app.build(),
                result.build(),
                policies.build()),
            ROWS);
    tables = Map.of("SigninLogs", signins, "GraphActivity", graph(random));
  }

  private static Value policyArray(Random random) {
    int count = random.nextInt(4);
    Value[] items = new Value[count];
    for (int i = 0; i < count; i++) {
      items[i] =
          Values.bag(
              Map.of(
                  "displayName", Values.of("policy" + random.nextInt(14)),
                  "result", Values.of(random.nextInt(10) == 0 ? "failure" : "success")));
    }
    return Values.array(List.of(items));
  }

  private static Table graph(Random random) {
    int rows = ROWS / 10;
    ColumnBuilder user = new ColumnBuilder(KqlType.STRING, rows);
    ColumnBuilder status = new ColumnBuilder(KqlType.INT, rows);
    for (int r = 0; r < rows; r++) {
      user.append(("user" + random.nextInt(10_000)).intern());
      status.append(random.nextInt(10) == 0 ? 403 : 200);
    }
    return new Table(
        List.of("UserPrincipalName", "ResponseStatusCode"),
        List.of(user.build(), status.build()),
        rows);
  }

  private Object run(String query) {
    EvalResult result = Evaluator.run(query, tables, NOW, Fixtures.none());
    if (!(result instanceof EvalResult.Rows rows)) {
      throw new IllegalStateException(String.valueOf(result));
    }
    return rows.table();
  }

  @Benchmark
  public Object filter() {
    return run("SigninLogs | where ResultType != '0' and AppDisplayName == 'app4' | count");
  }

  @Benchmark
  public Object filterExtendProject() {
    return run(
        "SigninLogs | where TimeGenerated > datetime(2026-11-19T12:00:00Z)"
            + " | extend Hour = hourofday(TimeGenerated), Failed = ResultType != '0'"
            + " | project UserPrincipalName, Hour, Failed | summarize sum(Hour), countif(Failed)");
  }

  @Benchmark
  public Object summarizeByKeyAndBin() {
    return run(
        "SigninLogs | summarize Attempts = count(), Failures = countif(ResultType != '0'),"
            + " Users = dcount(UserPrincipalName) by IPAddress, bin(TimeGenerated, 1h) | count");
  }

  @Benchmark
  public Object argMaxAndJoin() {
    return run(
        "SigninLogs | summarize arg_max(TimeGenerated, *) by UserPrincipalName"
            + " | join GraphActivity on UserPrincipalName | count");
  }

  @Benchmark
  public Object mvExpandDynamic() {
    return run(
        "SigninLogs | mv-expand P = ConditionalAccessPolicies"
            + " | where tostring(P.result) == 'failure' | summarize count() by tostring(P.displayName)");
  }
}
