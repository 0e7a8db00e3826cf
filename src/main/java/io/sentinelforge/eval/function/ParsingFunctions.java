package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code parse_path}, {@code parse_version}, {@code parse_command_line}, {@code parse_csv}. */
final class ParsingFunctions {

  private ParsingFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("parse_path", 1, a -> parsePath(text(a, 0)));
    registry.fixed("parse_version", 1, a -> parseVersion(text(a, 0)));
    registry.fixed("parse_command_line", 2, a -> commandLine(text(a, 0), text(a, 1)));
    registry.fixed("parse_csv", 1, a -> StringFunctions.strings(csvRecord(text(a, 0))));
  }

  private static Value parsePath(String path) {
    String scheme = "";
    String rest = path;
    int schemeEnd = path.indexOf("://");
    if (schemeEnd > 0 && path.substring(0, schemeEnd).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      scheme = path.substring(0, schemeEnd);
      rest = path.substring(schemeEnd + 3);
    }
    String root = rest.matches("^[A-Za-z]:.*") ? rest.substring(0, 2) : "";
    int lastSeparator = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\\'));
    String directory = lastSeparator >= 0 ? rest.substring(0, lastSeparator) : "";
    String file = rest.substring(lastSeparator + 1);
    String stream = "";
    int colon = file.indexOf(':');
    if (colon >= 0 && !(lastSeparator < 0 && colon == 1)) {
      stream = file.substring(colon + 1);
      file = file.substring(0, colon);
    }
    int directorySeparator = Math.max(directory.lastIndexOf('/'), directory.lastIndexOf('\\'));
    int dot = file.lastIndexOf('.');
    Map<String, Value> parts = new LinkedHashMap<>();
    parts.put("Scheme", Values.of(scheme));
    parts.put("RootPath", Values.of(root));
    parts.put("DirectoryPath", Values.of(directory));
    parts.put("DirectoryName", Values.of(directory.substring(directorySeparator + 1)));
    parts.put("Filename", Values.of(file));
    parts.put("Extension", Values.of(dot >= 0 ? file.substring(dot + 1) : ""));
    parts.put("AlternateDataStreamName", Values.of(stream));
    return Values.bag(parts);
  }

  /** Up to four dot-separated parts of up to 8 digits, each padded to 8 digits. */
  private static Value parseVersion(String version) {
    String[] parts = version.trim().split("\\.", -1);
    if (parts.length == 0 || parts.length > 4) {
      return Values.nullOf(KqlType.DECIMAL);
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      String part = i < parts.length ? parts[i] : "0";
      if (part.isEmpty() || part.length() > 8 || !part.chars().allMatch(Character::isDigit)) {
        return Values.nullOf(KqlType.DECIMAL);
      }
      digits.append(i == 0 ? part : "0".repeat(8 - part.length()) + part);
    }
    return Values.of(new BigDecimal(digits.toString()));
  }

  /** Windows command-line splitting (CommandLineToArgvW rules for quotes and backslashes). */
  private static Value commandLine(String line, String parser) {
    if (!parser.equalsIgnoreCase("windows")) {
      throw Arguments.invalid("parse_command_line", "unsupported parser '" + parser + "'");
    }
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        int run = 0;
        while (i < line.length() && line.charAt(i) == '\\') {
          run++;
          i++;
        }
        if (i < line.length() && line.charAt(i) == '"') {
          current.append("\\".repeat(run / 2));
          if (run % 2 == 1) {
            current.append('"');
          } else {
            quoted = !quoted;
          }
        } else {
          current.append("\\".repeat(run));
          i--;
        }
        any = true;
      } else if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (any) {
          arguments.add(current.toString());
          current.setLength(0);
          any = false;
        }
      } else {
        current.append(c);
        any = true;
      }
    }
    if (any) {
      arguments.add(current.toString());
    }
    return StringFunctions.strings(arguments);
  }

  private static List<String> csvRecord(String text) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        break;
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
