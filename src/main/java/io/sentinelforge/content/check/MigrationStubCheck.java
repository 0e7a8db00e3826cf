package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.FileRole;

/**
 * An Azure-Sentinel migration stub (id/name/description only; the rule moved to Solutions). It is
 * not a rule and is skipped; a warning says so, because it deploys nothing.
 */
public final class MigrationStubCheck implements FileCheck {

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (target.role() == FileRole.MIGRATION_STUB) {
      findings.warning(
          ContentCodes.MIGRATION_STUB,
          "migration stub with only id/name/description: not a rule, skipped (the real rule"
              + " lives elsewhere, often with a different id)",
          target.source().root().entries().get(0).key().span());
    }
  }
}
