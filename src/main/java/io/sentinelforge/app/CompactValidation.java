package io.sentinelforge.app;

import io.sentinelforge.content.CompactContent;
import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.EmbeddedQuery;
import io.sentinelforge.content.Playbook;
import io.sentinelforge.content.ProjectConfig;
import io.sentinelforge.content.QueryPlaceholders;
import io.sentinelforge.content.QueryText;
import io.sentinelforge.content.Workbook;
import io.sentinelforge.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Validation of workbooks, playbooks and automation rules: their structure (from the loader) and
 * every KQL query inside them, run through the same query checks as rules, with run-time tokens
 * replaced by typed placeholders and positions in the workbook or playbook file.
 */
final class CompactValidation {

  private final List<QueryCheck> queryChecks;

  CompactValidation(List<QueryCheck> queryChecks) {
    this.queryChecks = queryChecks;
  }

  List<Diagnostic> check(CompactContent compact, ProjectConfig config) {
    List<Diagnostic> diagnostics = new ArrayList<>(compact.diagnostics());
    for (Workbook workbook : compact.workbooks()) {
      for (EmbeddedQuery query : workbook.queries()) {
        QueryText text = QueryPlaceholders.workbook(query.query(), workbook.parameters());
        diagnostics.addAll(run(text, config));
      }
    }
    for (Playbook playbook : compact.playbooks()) {
      for (EmbeddedQuery query : playbook.queries()) {
        diagnostics.addAll(run(QueryPlaceholders.logicApp(query.query()), config));
      }
    }
    return diagnostics;
  }

  private List<Diagnostic> run(QueryText query, ProjectConfig config) {
    // no rule or hunting query owns this query, so checks see a null item
    QueryCheck.Subject subject =
        new QueryCheck.Subject(null, query.text(), query.sourceMap(), config);
    List<Diagnostic> found = new ArrayList<>();
    for (QueryCheck check : queryChecks) {
      try {
        found.addAll(check.check(subject));
      } catch (RuntimeException | StackOverflowError bug) {
        found.add(
            Diagnostic.error(
                ContentCodes.INTERNAL_CHECK_ERROR,
                "internal error in " + check.getClass().getSimpleName() + ": " + bug,
                query.span()));
      }
    }
    return found;
  }
}
