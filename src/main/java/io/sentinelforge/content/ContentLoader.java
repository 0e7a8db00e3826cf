package io.sentinelforge.content;

import io.sentinelforge.content.yaml.YamlDocumentParser;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlParseResult;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loads analytics rules and hunting queries from Azure-Sentinel YAML files, keeping every value's
 * position. Bad content never throws: it yields diagnostics and, where possible, a partial record.
 */
public final class ContentLoader {
  private static final int HUNTING_FOLDER_DEPTH = 2;
  private static final Set<String> STUB_KEYS = Set.of("id", "name", "description", "version");

  /** Loads every content file under the given files and directories (see {@link ContentFiles}). */
  public ContentSet loadAll(List<Path> paths) throws IOException {
    List<LoadedFile> files = new ArrayList<>();
    for (Path path : ContentFiles.discover(paths)) {
      files.add(load(path));
    }
    return new ContentSet(files);
  }

  /** Loads one file; an unreadable file is a diagnostic, not an exception. */
  public LoadedFile load(Path path) {
    String file = path.toString();
    TextFile text = TextFile.read(path);
    if (text.problem() != null) {
      return new LoadedFile(
          file,
          FileRole.INVALID,
          java.util.Optional.empty(),
          java.util.Optional.empty(),
          List.of(text.problem()));
    }
    return load(file, path, text.text(), isHuntingPath(path));
  }

  /**
   * Loads text already in memory.
   *
   * @param file the name used in diagnostics
   * @param path the file on disk, or null
   * @param hunting true to read the file as a hunting query rather than an analytics rule
   */
  public LoadedFile load(String file, Path path, String text, boolean hunting) {
    YamlParseResult parsed = YamlDocumentParser.parse(file, text);
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    if (parsed.root().isEmpty()) {
      boolean empty = diagnostics.isEmpty();
      if (empty) {
        diagnostics.add(
            Diagnostic.error(
                ContentCodes.EMPTY_FILE,
                "file is empty; expected a rule mapping",
                SourceSpan.at(file, 1, 1)));
      }
      return new LoadedFile(
          file,
          empty ? FileRole.EMPTY : FileRole.INVALID,
          java.util.Optional.empty(),
          java.util.Optional.empty(),
          diagnostics);
    }
    YamlNode root = parsed.root().get();
    if (!(root instanceof YamlMapping mapping)) {
      diagnostics.add(
          Diagnostic.error(
              ContentCodes.NOT_A_MAPPING,
              "the top level is a " + root.typeName() + "; expected a mapping of rule fields",
              root.span()));
      return new LoadedFile(
          file,
          FileRole.INVALID,
          java.util.Optional.empty(),
          java.util.Optional.empty(),
          diagnostics);
    }
    ContentSource source = new ContentSource(file, path, text, mapping);
    FileRole role = role(mapping, hunting);
    ContentItem item =
        role == FileRole.ANALYTIC_RULE
            ? ItemBinder.analyticRule(source)
            : role == FileRole.HUNTING_QUERY ? ItemBinder.huntingQuery(source) : null;
    return new LoadedFile(
        file,
        role,
        java.util.Optional.of(source),
        java.util.Optional.ofNullable(item),
        diagnostics);
  }

  private static FileRole role(YamlMapping root, boolean hunting) {
    boolean stub =
        !root.entries().isEmpty()
            && root.entries().stream().allMatch(e -> STUB_KEYS.contains(e.name()));
    if (stub) {
      return FileRole.MIGRATION_STUB;
    }
    return hunting ? FileRole.HUNTING_QUERY : FileRole.ANALYTIC_RULE;
  }

  /**
   * True when one of the two folders nearest to the file has "hunting" in its name (e.g. {@code
   * Hunting Queries/SigninLogs/x.yaml}, {@code content/hunting-queries/x.yaml}). Only the nearest
   * folders count, so a checkout that happens to live under a folder such as {@code
   * ~/threat-hunting/} does not turn every analytics rule into a hunting query.
   */
  public static boolean isHuntingPath(Path path) {
    Path folder = path.toAbsolutePath().normalize().getParent();
    for (int level = 0; folder != null && level < HUNTING_FOLDER_DEPTH; level++) {
      Path name = folder.getFileName();
      if (name != null && name.toString().toLowerCase(Locale.ROOT).contains("hunting")) {
        return true;
      }
      folder = folder.getParent();
    }
    return false;
  }
}
