package io.sentinelforge.content.check;

import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.EntityMapping;
import io.sentinelforge.content.FieldMapping;
import io.sentinelforge.content.QueryText;
import java.util.List;
import java.util.Optional;

/**
 * Rule 12: a query that mentions a legacy {@code *CustomEntity} column (a plain substring test,
 * comments included, as the repository's test does) must map that column to an entity.
 */
public final class LegacyEntityColumnCheck implements FileCheck {

  private static final List<String> LEGACY =
      List.of(
          "AccountCustomEntity",
          "HostCustomEntity",
          "IPCustomEntity",
          "URLCustomEntity",
          "ProcessCustomEntity",
          "FileHashCustomEntity");

  @Override
  public void check(CheckTarget target, Findings findings) {
    Optional<AnalyticRule> rule = target.rule();
    if (rule.isEmpty() || rule.get().query() == null) {
      return;
    }
    QueryText query = rule.get().query();
    for (String column : LEGACY) {
      int at = query.text().indexOf(column);
      if (at >= 0 && !mapped(rule.get(), column)) {
        findings.error(
            ContentCodes.LEGACY_ENTITY_COLUMN,
            "the query uses legacy column "
                + column
                + " but no entity mapping maps it; add a fieldMapping with columnName: "
                + column,
            query.sourceMap().map(at, at + column.length()));
      }
    }
  }

  private static boolean mapped(AnalyticRule rule, String column) {
    for (EntityMapping entity : rule.entityMappings()) {
      for (FieldMapping field : entity.fieldMappings()) {
        if (column.equals(field.columnName())) {
          return true;
        }
      }
    }
    return false;
  }
}
