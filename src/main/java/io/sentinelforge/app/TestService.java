package io.sentinelforge.app;

import io.sentinelforge.content.ContentItem;
import io.sentinelforge.content.ContentLoader;
import io.sentinelforge.content.ContentSet;
import io.sentinelforge.content.LoadedFile;
import io.sentinelforge.content.ProjectConfig;
import io.sentinelforge.content.ProjectConfigLoader;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.verify.CaseResult;
import io.sentinelforge.verify.CaseSelector;
import io.sentinelforge.verify.QueryRunner;
import io.sentinelforge.verify.RuleTestRunner;
import io.sentinelforge.verify.RuleTests;
import io.sentinelforge.verify.TestRun;
import io.sentinelforge.verify.spec.TestFileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The {@code test} use case: load rules and their {@code *.tests.yaml}, simulate every case with
 * the local engine, check expectations and coverage.
 */
public final class TestService {

  private final QueryRunner runner;

  /** A service that runs queries with {@code runner} (see {@link LocalQueryRunner}). */
  public TestService(QueryRunner runner) {
    this.runner = runner;
  }

  /**
   * Runs the request.
   *
   * @param progress called once per finished case, from worker threads
   * @throws java.nio.file.NoSuchFileException when a path does not exist
   */
  public TestRun run(TestRequest request, Consumer<CaseResult> progress) throws IOException {
    ContentSet content = new ContentLoader().loadAll(request.paths());
    ProjectConfig config = ProjectConfigLoader.forPaths(request.paths()).config();
    Map<Path, ContentItem> items = new HashMap<>();
    content.items().forEach(item -> items.put(key(item.source().path()), item));
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<RuleTests> subjects = new ArrayList<>();
    for (Path testFile : TestFiles.discover(request.paths())) {
      TestFileLoader.Loaded loaded = new TestFileLoader().load(testFile, testFile.toString());
      diagnostics.addAll(loaded.diagnostics());
      if (loaded.file() != null) {
        subjects.add(subject(loaded, items));
      }
    }
    Instant defaultAt =
        Optional.ofNullable(config.tests().at())
            .orElse(Instant.now().truncatedTo(ChronoUnit.MINUTES));
    List<CaseResult> results =
        new RuleTestRunner(runner, request.parallelism())
            .run(subjects, filter(request.filter()), defaultAt, request.atOverride(), progress);
    int minCases = request.minCases() != null ? request.minCases() : config.tests().minCases();
    Coverage coverage = Coverage.of(content.items(), subjects, minCases);
    diagnostics.addAll(coverage.diagnostics());
    return new TestRun(results, diagnostics, coverage.rules());
  }

  private static RuleTests subject(TestFileLoader.Loaded loaded, Map<Path, ContentItem> items) {
    Path rulePath = loaded.file().rulePath();
    ContentItem item = items.get(key(rulePath));
    if (item == null && Files.isRegularFile(rulePath)) {
      LoadedFile file = new ContentLoader().load(rulePath);
      item = file.item().orElse(null);
    }
    if (item == null) {
      String problem =
          Files.isRegularFile(rulePath)
              ? rulePath + " is not an analytics rule or hunting query"
              : "rule file not found: " + rulePath;
      return new RuleTests(null, loaded.file(), problem);
    }
    RuleSubjects.Mapped mapped = RuleSubjects.of(item);
    return new RuleTests(mapped.rule(), loaded.file(), mapped.problem());
  }

  private static Predicate<CaseSelector> filter(String text) {
    if (text == null || text.isBlank()) {
      return selector -> true;
    }
    String wanted = text.toLowerCase(Locale.ROOT);
    return selector -> selector.qualifiedName().toLowerCase(Locale.ROOT).contains(wanted);
  }

  static Path key(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
