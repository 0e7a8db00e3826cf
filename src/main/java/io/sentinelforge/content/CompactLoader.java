package io.sentinelforge.content;

import io.sentinelforge.content.yaml.YamlDocumentParser;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlParseResult;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the compact formats: {@code workbooks/}, {@code playbooks/} and {@code automation-rules/}
 * folders under the given paths. Bad content never throws; it yields diagnostics.
 */
public final class CompactLoader {

  /** Loads every compact file under the given files and folders. */
  public CompactContent loadAll(List<Path> paths) throws IOException {
    List<Workbook> workbooks = new ArrayList<>();
    List<Playbook> playbooks = new ArrayList<>();
    List<AutomationRule> automationRules = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<Path> files = discover(paths);
    for (Path file : files) {
      CompactKind kind = CompactKind.of(file).orElseThrow();
      CompactReader reader = new CompactReader();
      ContentSource source = parse(file, reader);
      if (source != null) {
        switch (kind) {
          case WORKBOOK -> workbooks.add(new WorkbookBinder(reader).bind(source));
          case PLAYBOOK -> playbooks.add(new PlaybookBinder(reader).bind(source));
          case AUTOMATION_RULE ->
              automationRules.add(new AutomationRuleBinder(reader).bind(source));
        }
      }
      diagnostics.addAll(reader.diagnostics());
    }
    diagnostics.addAll(CompactReferences.check(workbooks, playbooks, automationRules));
    return new CompactContent(workbooks, playbooks, automationRules, diagnostics, files.size());
  }

  private static ContentSource parse(Path file, CompactReader reader) {
    TextFile text = TextFile.read(file);
    if (text.problem() != null) {
      reader.diagnostics().add(text.problem());
      return null;
    }
    YamlParseResult parsed = YamlDocumentParser.parse(file.toString(), text.text());
    reader.diagnostics().addAll(parsed.diagnostics());
    YamlNode root = parsed.root().orElse(null);
    if (root instanceof YamlMapping mapping) {
      return new ContentSource(file.toString(), file, text.text(), mapping);
    }
    if (parsed.diagnostics().isEmpty()) {
      reader.error(
          CompactCodes.NOT_A_MAPPING,
          "expected a mapping of fields" + (root == null ? "; the file is empty" : ""),
          root == null ? SourceSpan.at(file.toString(), 1, 1) : root.span());
    }
    return null;
  }

  private static Set<Path> discover(List<Path> paths) throws IOException {
    Set<Path> found = new TreeSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(CompactLoader::isCompactFile)
              .forEach(found::add);
        }
      } else if (Files.exists(path) && isCompactFile(path)) {
        found.add(path);
      }
    }
    return found;
  }

  /** True for a YAML file inside a workbooks/, playbooks/ or automation-rules/ folder. */
  public static boolean isCompactFile(Path path) {
    String name = path.getFileName().toString();
    return (name.endsWith(".yaml") || name.endsWith(".yml"))
        && !name.startsWith(".")
        && CompactKind.of(path).isPresent();
  }

  /** Names that occur more than once, for duplicate checks. */
  static Map<String, Long> counts(Stream<String> names) {
    return names
        .filter(n -> n != null)
        .collect(Collectors.groupingBy(n -> n, HashMap::new, Collectors.counting()));
  }
}
