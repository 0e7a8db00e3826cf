package io.sentinelforge.content;

import io.sentinelforge.content.yaml.YamlDocumentParser;
import io.sentinelforge.content.yaml.YamlEntry;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlNode;
import io.sentinelforge.content.yaml.YamlParseResult;
import io.sentinelforge.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds and reads {@code sentinel-forge.yaml}; bad settings are diagnostics, never exceptions. */
public final class ProjectConfigLoader {

  private ProjectConfigLoader() {}

  /**
   * The config that governs {@code paths}: {@code sentinel-forge.yaml} in the first directory
   * argument (or a file argument's folder) or in one of its parents.
   */
  public static Optional<Path> find(List<Path> paths) {
    for (Path path : paths) {
      Path dir = Files.isDirectory(path) ? path : path.getParent();
      dir = dir == null ? Path.of("") : dir;
      if (Files.isRegularFile(dir.resolve(ContentFiles.CONFIG_FILE))) {
        return Optional.of(dir.resolve(ContentFiles.CONFIG_FILE));
      }
      for (Path up = dir.toAbsolutePath().normalize().getParent();
          up != null;
          up = up.getParent()) {
        if (Files.isRegularFile(up.resolve(ContentFiles.CONFIG_FILE))) {
          return Optional.of(up.resolve(ContentFiles.CONFIG_FILE));
        }
      }
    }
    return Optional.empty();
  }

  /** Loads the config governing {@code paths}, or the defaults when there is none. */
  public static LoadedConfig forPaths(List<Path> paths) {
    return find(paths)
        .map(ProjectConfigLoader::load)
        .orElse(new LoadedConfig(ProjectConfig.defaults(), List.of()));
  }

  /** Reads a config file. */
  public static LoadedConfig load(Path path) {
    TextFile text = TextFile.read(path);
    if (text.problem() != null) {
      return new LoadedConfig(ProjectConfig.defaults(), List.of(text.problem()));
    }
    return parse(path.toString(), path, text.text());
  }

  /** Reads config text. */
  public static LoadedConfig parse(String file, Path path, String text) {
    YamlParseResult parsed = YamlDocumentParser.parse(file, text);
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    if (parsed.root().isEmpty()) {
      return new LoadedConfig(ProjectConfig.defaults(), diagnostics);
    }
    ConfigReader reader = new ConfigReader(diagnostics);
    YamlNode root = parsed.root().get();
    if (!(root instanceof YamlMapping mapping)) {
      reader.invalid(root, "the config must be a mapping of settings");
      return new LoadedConfig(ProjectConfig.defaults(), diagnostics);
    }
    reader.keys(mapping, List.of("apiVersions", "tests", "validation"));
    Map<String, String> apiVersions = new LinkedHashMap<>(ProjectConfig.DEFAULT_API_VERSIONS);
    reader
        .mapping(mapping, "apiVersions")
        .ifPresent(
            versions -> {
              reader.keys(versions, List.copyOf(ProjectConfig.DEFAULT_API_VERSIONS.keySet()));
              for (YamlEntry entry : versions.entries()) {
                reader
                    .text(versions, entry.name())
                    .ifPresent(v -> apiVersions.put(entry.name(), v));
              }
            });
    ProjectConfig.Tests tests = reader.tests(reader.mapping(mapping, "tests"));
    ProjectConfig.Validation validation = reader.validation(reader.mapping(mapping, "validation"));
    return new LoadedConfig(new ProjectConfig(apiVersions, tests, validation, path), diagnostics);
  }
}
