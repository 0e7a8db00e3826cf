package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.yaml.YamlEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Metadata fields ({@code source}, {@code author}, …) at the top level: a common upstream
 * indentation slip that leaves {@code metadata:} empty. Sentinel ignores them, so a warning.
 */
public final class MisplacedMetadataCheck implements FileCheck {

  @Override
  public void check(CheckTarget target, Findings findings) {
    List<YamlEntry> misplaced = new ArrayList<>();
    for (YamlEntry entry : target.source().root().entries()) {
      if (SentinelSchemas.METADATA_KEYS.contains(entry.name())) {
        misplaced.add(entry);
      }
    }
    if (!misplaced.isEmpty()) {
      List<String> names = misplaced.stream().map(YamlEntry::name).toList();
      findings.warning(
          ContentCodes.MISPLACED_METADATA,
          "metadata field(s) "
              + String.join(", ", names)
              + " are at the top level; indent them under 'metadata:'",
          misplaced.get(0).key().span());
    }
  }
}
