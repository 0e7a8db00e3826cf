package io.sentinelforge.app;

import io.sentinelforge.content.CompactLoader;
import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.ContentItem;
import io.sentinelforge.content.ContentLoader;
import io.sentinelforge.content.ContentSet;
import io.sentinelforge.content.LoadedConfig;
import io.sentinelforge.content.LoadedFile;
import io.sentinelforge.content.ProjectConfig;
import io.sentinelforge.content.ProjectConfigLoader;
import io.sentinelforge.content.Suppressions;
import io.sentinelforge.content.check.ContentValidator;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code validate} use case: loads content, runs the structure checks and every {@link
 * QueryCheck}, applies suppressions and returns the sorted diagnostics. Never prints.
 */
public final class ValidateService {

  private final List<QueryCheck> queryChecks;

  /** A service with the standard query checks. */
  public ValidateService() {
    this(QueryChecks.standard());
  }

  /** A service with the given query checks. */
  public ValidateService(List<QueryCheck> queryChecks) {
    this.queryChecks = List.copyOf(queryChecks);
  }

  /**
   * Validates the request's paths.
   *
   * @throws IOException when a path does not exist or a directory cannot be listed
   */
  public ValidateResult validate(ValidateRequest request) throws IOException {
    LoadedConfig loadedConfig = ProjectConfigLoader.forPaths(request.paths());
    ProjectConfig config = loadedConfig.config();
    ContentSet content = new ContentLoader().loadAll(request.paths());
    List<Diagnostic> diagnostics = new ArrayList<>(loadedConfig.diagnostics());
    diagnostics.addAll(
        ContentValidator.standard(config.validation().connectorIds()).validate(content));
    for (ContentItem item : content.items()) {
      if (item.query() != null) {
        diagnostics.addAll(runQueryChecks(item, config));
      }
    }
    // workbooks, playbooks, automation rules (render engineer's CompactValidation)
    diagnostics.addAll(
        new CompactValidation(queryChecks)
            .check(new CompactLoader().loadAll(request.paths()), config));
    Map<String, Set<String>> fileCodes = new HashMap<>();
    for (LoadedFile file : content.files()) {
      file.source().ifPresent(s -> fileCodes.put(file.file(), Suppressions.inFile(s.text())));
    }
    List<Diagnostic> kept =
        Suppressions.apply(diagnostics, config.validation().disable(), fileCodes);
    return new ValidateResult(content, config, DiagnosticOrder.sorted(kept));
  }

  private List<Diagnostic> runQueryChecks(ContentItem item, ProjectConfig config) {
    QueryCheck.Subject subject =
        new QueryCheck.Subject(item, item.query().text(), item.query().sourceMap(), config);
    List<Diagnostic> found = new ArrayList<>();
    for (QueryCheck check : queryChecks) {
      try {
        found.addAll(check.check(subject));
      } catch (RuntimeException | StackOverflowError bug) {
        found.add(
            Diagnostic.error(
                ContentCodes.INTERNAL_CHECK_ERROR,
                "internal error in "
                    + check.getClass().getSimpleName()
                    + ": "
                    + bug
                    + " (please report this)",
                SourceSpan.at(
                    item.source().file(),
                    item.query().span().line(),
                    item.query().span().column())));
      }
    }
    return found;
  }
}
