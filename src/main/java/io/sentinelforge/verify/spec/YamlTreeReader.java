package io.sentinelforge.verify.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML document into {@link YamlNode}s that keep line and column; reports syntax errors and
 * duplicate keys as diagnostics instead of throwing.
 */
public final class YamlTreeReader {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final String file;
  private final List<Diagnostic> diagnostics;

  /** A reader that reports into {@code diagnostics} against {@code file}. */
  public YamlTreeReader(String file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** The document's root, or null when the text is empty or not valid YAML (then reported). */
  public YamlNode read(String text) {
    if (text.indexOf('\t') >= 0 && text.lines().anyMatch(line -> line.startsWith("\t"))) {
      diagnostics.add(
          Diagnostic.error(
              TestCodes.YAML_SYNTAX,
              "tab used for indentation; YAML allows only spaces",
              tabSpan(text)));
      return null;
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      return readValue(parser);
    } catch (JsonProcessingException e) {
      diagnostics.add(syntaxError(e));
      return null;
    } catch (IOException e) {
      diagnostics.add(
          Diagnostic.error(
              TestCodes.YAML_SYNTAX,
              "cannot read YAML: " + e.getMessage(),
              SourceSpan.ofFile(file)));
      return null;
    }
  }

  private Diagnostic syntaxError(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException) {
      MarkedYAMLException yaml = (MarkedYAMLException) e.getCause();
      Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
      String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
      return Diagnostic.error(
          TestCodes.YAML_SYNTAX,
          "invalid YAML: " + yaml.getProblem() + context,
          mark == null
              ? SourceSpan.ofFile(file)
              : SourceSpan.at(file, mark.getLine() + 1, mark.getColumn() + 1));
    }
    JsonLocation location = e.getLocation();
    SourceSpan span =
        location == null
            ? SourceSpan.ofFile(file)
            : SourceSpan.at(
                file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    return Diagnostic.error(
        TestCodes.YAML_SYNTAX,
        "invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
        span);
  }

  private YamlNode readValue(JsonParser parser) throws IOException {
    SourceSpan span = spanOf(parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return readMapping(parser, span);
    }
    if (token == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(readValue(parser));
      }
      return new YamlNode.Sequence(items, span);
    }
    return new YamlNode.Scalar(scalarValue(parser, token), parser.getText(), span);
  }

  private YamlNode readMapping(JsonParser parser, SourceSpan span) throws IOException {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, SourceSpan> keySpans = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourceSpan keySpan = spanOf(parser.currentTokenLocation());
      parser.nextToken();
      YamlNode value = readValue(parser);
      if (entries.containsKey(key)) {
        diagnostics.add(
            Diagnostic.error(
                TestCodes.DUPLICATE_KEY,
                "duplicate key '" + key + "' (first at line " + keySpans.get(key).line() + ")",
                keySpan));
        continue;
      }
      entries.put(key, value);
      keySpans.put(key, keySpan);
    }
    return new YamlNode.Mapping(entries, keySpans, span);
  }

  private static Object scalarValue(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getText()
            : (Object) parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        return parser.getText();
    }
  }

  private SourceSpan spanOf(JsonLocation location) {
    int offset = (int) location.getCharOffset();
    return new SourceSpan(file, offset, offset, location.getLineNr(), location.getColumnNr());
  }

  private SourceSpan tabSpan(String text) {
    int line = 1;
    for (String current : text.lines().toList()) {
      if (current.startsWith("\t")) {
        return SourceSpan.at(file, line, 1);
      }
      line++;
    }
    return SourceSpan.ofFile(file);
  }
}
