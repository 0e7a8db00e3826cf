package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.Suggestions;
import io.sentinelforge.content.yaml.YamlScalar;

/** Tactics must come from Sentinel's tactics enum (exact spelling, no spaces). */
public final class TacticCheck implements FileCheck {

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (!target.hasItem()) {
      return;
    }
    for (YamlScalar tactic : target.scalarItems("tactics")) {
      if (!MitreCatalogue.TACTICS.contains(tactic.value())) {
        findings.error(
            ContentCodes.TACTIC,
            "unknown tactic '"
                + tactic.value()
                + "'"
                + Suggestions.closest(tactic.value().replace(" ", ""), MitreCatalogue.TACTICS)
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse("; expected one of " + String.join(", ", MitreCatalogue.TACTICS)),
            tactic.span());
      }
    }
  }
}
