package io.sentinelforge.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** Collects the shape problems of one rendered file, each located by a JSON pointer. */
final class ShapeFindings {

  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  ShapeFindings(String file) {
    this.file = file;
  }

  void add(String code, String pointer, String message) {
    diagnostics.add(
        Diagnostic.error(code, message + " (at " + pointer + ")", SourceSpan.ofFile(file)));
  }

  /** Requires a non-empty string member; returns it or null. */
  String requireText(JsonNode parent, String name, String pointer) {
    JsonNode value = parent.get(name);
    if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
      add(ArmTemplateCheck.MISSING_MEMBER, pointer + "/" + name, "expected a non-empty string");
      return null;
    }
    return value.textValue();
  }

  /** Requires a member of the given JSON type ("object", "array", "boolean", "number"). */
  JsonNode require(JsonNode parent, String name, String jsonType, String pointer) {
    JsonNode value = parent.get(name);
    boolean ok =
        value != null
            && switch (jsonType) {
              case "object" -> value.isObject();
              case "array" -> value.isArray();
              case "boolean" -> value.isBoolean();
              case "number" -> value.isNumber();
              default -> throw new IllegalArgumentException(jsonType);
            };
    if (!ok) {
      add(ArmTemplateCheck.MISSING_MEMBER, pointer + "/" + name, "expected a JSON " + jsonType);
      return null;
    }
    return value;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
