package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import java.util.List;

/** Rules 7–8: 1–10 entity mappings when present, and 1–3 field mappings in each. */
public final class EntityMappingCountCheck implements FileCheck {

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (target.rule().isEmpty()) {
      return;
    }
    List<YamlNode> entities = target.items("entityMappings");
    if (entities.size() > 10) {
      findings.error(
          ContentCodes.ENTITY_MAPPING_COUNT,
          "entityMappings has " + entities.size() + " entries; Sentinel allows at most 10",
          target.span("entityMappings"));
    }
    for (int i = 0; i < entities.size(); i++) {
      if (!(entities.get(i) instanceof YamlMapping)) {
        continue;
      }
      String path = "entityMappings[" + i + "].fieldMappings";
      int count = target.items(path).size();
      if (count < 1 || count > 3) {
        findings.error(
            ContentCodes.FIELD_MAPPING_COUNT,
            "entity mapping has " + count + " field mappings; it needs 1 to 3",
            target.span(path));
      }
    }
  }
}
