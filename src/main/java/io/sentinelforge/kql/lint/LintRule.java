package io.sentinelforge.kql.lint;

import io.sentinelforge.kql.syntax.KqlDiagnostic;
import java.util.List;

/**
 * One best-practice check with its own stable {@code KQL5xx} code; users silence it per file with
 * {@code # sentinel-forge: disable=KQL5xx} or per project in the config.
 */
public interface LintRule {

  /** The rule's stable code. */
  String code();

  /** The findings, as warnings with spans into the query text. */
  List<KqlDiagnostic> check(LintSubject subject);
}
