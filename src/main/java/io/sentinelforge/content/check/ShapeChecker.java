package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.yaml.ScalarType;
import io.sentinelforge.content.yaml.YamlEntry;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlScalar;
import io.sentinelforge.content.yaml.YamlSequence;

/** Compares one value with the shape its schema expects (part of {@link StructureCheck}). */
final class ShapeChecker {

  private final Findings out;
  private final StructureCheck structure;

  ShapeChecker(Findings out, StructureCheck structure) {
    this.out = out;
    this.structure = structure;
  }

  void check(YamlEntry entry, FormatSchema.Field field) {
    YamlNode value = entry.value();
    if (value instanceof YamlScalar scalar && scalar.isNull()) {
      return;
    }
    String key = entry.name();
    switch (field.shape()) {
      case TEXT:
        text(key, value);
        break;
      case INTEGER:
        scalarOf(key, value, ScalarType.INTEGER, field.shape());
        break;
      case BOOLEAN:
        scalarOf(key, value, ScalarType.BOOLEAN, field.shape());
        break;
      case TEXT_LIST:
        list(key, value, false, null);
        break;
      case MAPPING_LIST:
        list(key, value, true, field.nested());
        break;
      case MAPPING:
        if (expect(key, value, value instanceof YamlMapping, field.shape())) {
          structure.checkNested(value, field.nested(), out);
        }
        break;
      case TEXT_MAP:
        textMap(key, value);
        break;
      default:
        break;
    }
  }

  private void text(String key, YamlNode value) {
    if (expect(key, value, value instanceof YamlScalar, FieldShape.TEXT)) {
      YamlScalar scalar = (YamlScalar) value;
      if (scalar.type() == ScalarType.TIMESTAMP || scalar.type() == ScalarType.FLOAT) {
        out.warning(
            ContentCodes.NOT_A_STRING,
            "'" + key + "' reads as a YAML " + scalar.typeName() + "; quote it to keep the text",
            scalar.span());
      }
    }
  }

  private void scalarOf(String key, YamlNode value, ScalarType type, FieldShape shape) {
    boolean ok = value instanceof YamlScalar scalar && scalar.type() == type;
    expect(key, value, ok, shape);
  }

  private void list(String key, YamlNode value, boolean mappings, FormatSchema nested) {
    FieldShape shape = mappings ? FieldShape.MAPPING_LIST : FieldShape.TEXT_LIST;
    if (!expect(key, value, value instanceof YamlSequence, shape)) {
      return;
    }
    for (YamlNode item : ((YamlSequence) value).items()) {
      boolean ok = mappings ? item instanceof YamlMapping : item instanceof YamlScalar;
      if (!ok) {
        out.error(
            ContentCodes.WRONG_TYPE,
            "each item of '"
                + key
                + "' must be "
                + (mappings ? "a mapping" : "a string")
                + ", found a "
                + item.typeName(),
            item.span());
      } else if (mappings) {
        structure.checkNested(item, nested, out);
      }
    }
  }

  private void textMap(String key, YamlNode value) {
    if (!expect(key, value, value instanceof YamlMapping, FieldShape.TEXT_MAP)) {
      return;
    }
    for (YamlEntry entry : ((YamlMapping) value).entries()) {
      if (!(entry.value() instanceof YamlScalar)) {
        out.error(
            ContentCodes.WRONG_TYPE,
            "'"
                + key
                + "."
                + entry.name()
                + "' must be a string, found a "
                + entry.value().typeName(),
            entry.value().span());
      }
    }
  }

  private boolean expect(String key, YamlNode value, boolean ok, FieldShape shape) {
    if (!ok) {
      out.error(
          ContentCodes.WRONG_TYPE,
          "'" + key + "' must be " + shape.description() + ", found a " + value.typeName(),
          value.span());
    }
    return ok;
  }
}
