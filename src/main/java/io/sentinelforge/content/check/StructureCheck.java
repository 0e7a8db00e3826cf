package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.FileRole;
import io.sentinelforge.content.Suggestions;
import io.sentinelforge.content.yaml.YamlEntry;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import java.util.Optional;

/**
 * Unknown keys (with a did-you-mean) and values of the wrong YAML shape, at every level of a rule
 * or hunting query. An unknown key that is one typo away from a known key the mapping lacks is an
 * error (the intended field is silently missing); other unknown keys are warnings, because Sentinel
 * itself ignores them.
 */
public final class StructureCheck implements FileCheck {

  @Override
  public void check(CheckTarget target, Findings findings) {
    FormatSchema schema =
        target.role() == FileRole.HUNTING_QUERY
            ? SentinelSchemas.huntingQuery()
            : SentinelSchemas.analyticRule();
    if (target.role() == FileRole.ANALYTIC_RULE || target.role() == FileRole.HUNTING_QUERY) {
      checkMapping(target.source().root(), schema, true, findings);
    }
  }

  private void checkMapping(YamlMapping mapping, FormatSchema schema, boolean top, Findings out) {
    for (YamlEntry entry : mapping.entries()) {
      FormatSchema.Field field = schema.get(entry.name());
      if (field == null) {
        if (!(top && SentinelSchemas.METADATA_KEYS.contains(entry.name()))) {
          unknownKey(mapping, schema, entry, out);
        }
      } else {
        new ShapeChecker(out, this).check(entry, field);
      }
    }
  }

  void checkNested(YamlNode node, FormatSchema schema, Findings out) {
    if (node instanceof YamlMapping mapping && schema != null) {
      checkMapping(mapping, schema, false, out);
    }
  }

  private static void unknownKey(
      YamlMapping mapping, FormatSchema schema, YamlEntry entry, Findings out) {
    Optional<String> suggestion = Suggestions.closest(entry.name(), schema.fields().keySet());
    YamlScalar key = entry.key();
    if (suggestion.isPresent() && mapping.entry(suggestion.get()).isEmpty()) {
      out.error(
          ContentCodes.UNKNOWN_KEY,
          "unknown key '" + entry.name() + "'; did you mean '" + suggestion.get() + "'?",
          key.span());
    } else {
      String hint = suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
      out.warning(
          ContentCodes.UNKNOWN_KEY,
          "unknown key '" + entry.name() + "' is ignored by Sentinel" + hint,
          key.span());
    }
  }
}
