package io.sentinelforge.content.yaml;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.LineIndex;
import io.sentinelforge.diag.SourceSpan;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses one YAML document into {@link YamlNode}s with exact file positions. Syntax errors become
 * diagnostics ({@code SF101}) at the line and column SnakeYAML reports; nothing is thrown.
 */
public final class YamlDocumentParser {

  /** Code of a YAML syntax error. */
  public static final String SYNTAX_ERROR = "SF101";

  /** Code of a tab character used for indentation. */
  public static final String TAB_INDENT = "SF102";

  private YamlDocumentParser() {}

  /** Parses {@code text}, the content of {@code file} (the name used in diagnostics). */
  public static YamlParseResult parse(String file, String text) {
    LineIndex lines = LineIndex.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    Positions positions = new Positions(text);
    try {
      Node root = new Yaml(options()).compose(new StringReader(text));
      if (root == null) {
        return new YamlParseResult(Optional.empty(), diagnostics);
      }
      NodeConverter converter = new NodeConverter(file, text, lines, positions);
      return new YamlParseResult(Optional.of(converter.convert(root, -1)), diagnostics);
    } catch (MarkedYAMLException error) {
      // Tabs are legal inside scalars, so they are only blamed when the document does not parse.
      diagnostics.addAll(TabScanner.scan(file, text, lines));
      diagnostics.add(syntaxError(file, lines, positions, error));
    } catch (YAMLException | StackOverflowError error) {
      diagnostics.add(
          Diagnostic.error(
              SYNTAX_ERROR, "YAML cannot be read: " + firstLine(error), SourceSpan.ofFile(file)));
    }
    return new YamlParseResult(Optional.empty(), diagnostics);
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(100);
    return options;
  }

  private static Diagnostic syntaxError(
      String file, LineIndex lines, Positions positions, MarkedYAMLException error) {
    Mark mark = error.getProblemMark() != null ? error.getProblemMark() : error.getContextMark();
    SourceSpan span = SourceSpan.ofFile(file);
    if (mark != null) {
      int offset = positions.offset(mark.getIndex());
      span = lines.span(file, offset, offset);
    }
    String problem = error.getProblem() != null ? error.getProblem() : firstLine(error);
    String context = error.getContext() != null ? " (" + error.getContext() + ")" : "";
    return Diagnostic.error(SYNTAX_ERROR, "YAML syntax error: " + problem + context, span);
  }

  private static String firstLine(Throwable error) {
    String message = String.valueOf(error.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
