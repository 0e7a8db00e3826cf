package io.sentinelforge.app;

import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.RuleKind;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.kql.lint.LintRules;
import io.sentinelforge.kql.lint.LintSubject;
import io.sentinelforge.kql.schema.SchemaCatalog;
import io.sentinelforge.kql.semantic.Binder;
import io.sentinelforge.kql.semantic.SemanticModel;
import io.sentinelforge.kql.semantic.rules.AnalysedQuery;
import io.sentinelforge.kql.semantic.rules.RuleQueryChecks;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.ParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The semantic stage of {@code validate}: binds each query against the table and function
 * catalogues (KQL1xx/KQL2xx), checks the rule's metadata against the query's output (KQL110–KQL140)
 * and runs the lint rules (KQL5xx). Queries with syntax errors are left to the syntax check, so one
 * mistake gives one diagnostic.
 */
public final class SemanticQueryCheck implements QueryCheck {

  private final SchemaCatalog fixedCatalog;
  private final Map<Path, ContentSchemas.Loaded> packs = new ConcurrentHashMap<>();

  /**
   * A check against the built-in catalogue plus the declarations of the content pack each file
   * belongs to (the folder holding {@code sentinel-forge.yaml}).
   */
  public SemanticQueryCheck() {
    this(null);
  }

  /** A check against exactly this catalogue. */
  public SemanticQueryCheck(SchemaCatalog catalog) {
    this.fixedCatalog = catalog;
  }

  @Override
  public List<Diagnostic> check(Subject subject) {
    ParseResult parsed = QueryParses.parse(subject.text());
    String text = parsed.text();
    if (!parsed.ok()) {
      return List.of();
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    SchemaCatalog catalog = catalogFor(subject, diagnostics);
    SemanticModel model = Binder.bind(parsed.query(), catalog);
    for (KqlDiagnostic diagnostic : model.diagnostics()) {
      diagnostics.add(diagnostic.toDiagnostic(subject.sourceMap()));
    }
    AnalysedQuery analysed = new AnalysedQuery(text, parsed.query(), model, subject.sourceMap());
    if (subject.item() != null) {
      // workbook and playbook queries (render's CompactValidation) belong to no rule
      diagnostics.addAll(RuleQueryChecks.check(subject.item(), analysed));
    }
    boolean scheduled =
        subject.item() instanceof AnalyticRule
            && ((AnalyticRule) subject.item()).kind() == RuleKind.SCHEDULED;
    for (KqlDiagnostic finding :
        LintRules.check(new LintSubject(parsed.query(), text, scheduled))) {
      diagnostics.add(finding.toDiagnostic(subject.sourceMap()));
    }
    return diagnostics;
  }

  /**
   * The catalogue for this file; a pack's declaration problems are reported with its first query.
   */
  private SchemaCatalog catalogFor(Subject subject, List<Diagnostic> diagnostics) {
    if (fixedCatalog != null) {
      return fixedCatalog;
    }
    Path file = subject.item() == null ? null : subject.item().source().path();
    Path root = file == null ? null : ContentSchemas.rootOf(file);
    if (root == null) {
      return SchemaCatalog.builtIn();
    }
    boolean[] first = {false};
    ContentSchemas.Loaded pack =
        packs.computeIfAbsent(
            root,
            folder -> {
              first[0] = true;
              return ContentSchemas.load(folder);
            });
    if (first[0]) {
      diagnostics.addAll(pack.diagnostics());
    }
    return pack.catalog();
  }
}
