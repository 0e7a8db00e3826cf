package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.Suggestions;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules 9–10: the entity type exists, each identifier belongs to it (case-sensitive) and appears
 * once, and the mapping contains at least one complete required identifier set.
 */
public final class EntityIdentifierCheck implements FileCheck {

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (target.rule().isEmpty()) {
      return;
    }
    List<YamlNode> entities = target.items("entityMappings");
    for (int i = 0; i < entities.size(); i++) {
      if (entities.get(i) instanceof YamlMapping) {
        checkEntity(target, "entityMappings[" + i + "]", findings);
      }
    }
  }

  private void checkEntity(CheckTarget target, String path, Findings findings) {
    Optional<YamlScalar> typeNode = target.scalar(path + ".entityType");
    if (typeNode.isEmpty()) {
      findings.error(
          ContentCodes.ENTITY_TYPE, "entity mapping needs an 'entityType'", target.span(path));
      return;
    }
    Optional<EntityCatalogue.EntityType> type = EntityCatalogue.find(typeNode.get().value());
    if (type.isEmpty()) {
      findings.error(
          ContentCodes.ENTITY_TYPE,
          "unknown entityType '"
              + typeNode.get().value()
              + "'"
              + didYouMean(typeNode.get().value(), EntityCatalogue.names()),
          typeNode.get().span());
      return;
    }
    Set<String> present = new HashSet<>();
    List<YamlNode> fields = target.items(path + ".fieldMappings");
    for (int j = 0; j < fields.size(); j++) {
      Optional<YamlScalar> identifier =
          target.scalar(path + ".fieldMappings[" + j + "].identifier");
      if (identifier.isEmpty()) {
        findings.error(
            ContentCodes.ENTITY_IDENTIFIER,
            "field mapping needs an 'identifier'",
            target.span(path + ".fieldMappings[" + j + "]"));
      }
      identifier.ifPresent(id -> checkIdentifier(type.get(), id, present, findings));
    }
    boolean complete = type.get().requiredSets().stream().anyMatch(present::containsAll);
    if (!fields.isEmpty() && !complete) {
      findings.error(
          ContentCodes.REQUIRED_IDENTIFIERS,
          type.get().name()
              + " mapping lacks a required identifier; map one of "
              + type.get().requiredSets().stream().map(s -> String.join("+", s)).toList(),
          typeNode.get().span());
    }
  }

  private static void checkIdentifier(
      EntityCatalogue.EntityType type, YamlScalar id, Set<String> present, Findings findings) {
    if (!type.identifiers().contains(id.value())) {
      findings.error(
          ContentCodes.ENTITY_IDENTIFIER,
          "'"
              + id.value()
              + "' is not an identifier of "
              + type.name()
              + didYouMean(id.value(), type.identifiers()),
          id.span());
    } else if (!present.add(id.value())) {
      findings.error(
          ContentCodes.ENTITY_IDENTIFIER,
          "identifier '" + id.value() + "' is mapped twice in one " + type.name() + " mapping",
          id.span());
    }
  }

  private static String didYouMean(String word, java.util.Collection<String> candidates) {
    return Suggestions.closest(word, candidates)
        .map(s -> "; did you mean '" + s + "'?")
        .orElse("; expected one of " + String.join(", ", candidates));
  }
}
