package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.yaml.YamlEntry;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlSequence;
import java.util.HashMap;
import java.util.Map;

/** A key defined twice in one mapping: YAML forbids it and Sentinel's converter rejects it. */
public final class DuplicateKeyCheck implements FileCheck {

  @Override
  public void check(CheckTarget target, Findings findings) {
    visit(target.source().root(), findings);
  }

  private void visit(YamlNode node, Findings findings) {
    if (node instanceof YamlSequence sequence) {
      sequence.items().forEach(item -> visit(item, findings));
    } else if (node instanceof YamlMapping mapping) {
      Map<String, YamlEntry> seen = new HashMap<>();
      for (YamlEntry entry : mapping.entries()) {
        YamlEntry first = seen.putIfAbsent(entry.name(), entry);
        if (first != null) {
          findings.error(
              ContentCodes.DUPLICATE_KEY,
              "duplicate key '"
                  + entry.name()
                  + "'; first defined at line "
                  + first.key().span().line(),
              entry.key().span());
        }
        visit(entry.value(), findings);
      }
    }
  }
}
