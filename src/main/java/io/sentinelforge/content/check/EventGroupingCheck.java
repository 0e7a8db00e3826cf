package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import java.util.List;

/** Rule 18: eventGroupingSettings.aggregationKind is SingleAlert or AlertPerResult. */
public final class EventGroupingCheck implements FileCheck {

  private static final List<String> KINDS = List.of("SingleAlert", "AlertPerResult");

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (target.rule().isEmpty()) {
      return;
    }
    target
        .scalar("eventGroupingSettings.aggregationKind")
        .filter(kind -> !KINDS.contains(kind.value()))
        .ifPresent(
            kind ->
                findings.error(
                    ContentCodes.EVENT_GROUPING,
                    "aggregationKind '" + kind.value() + "' must be SingleAlert or AlertPerResult",
                    kind.span()));
  }
}
