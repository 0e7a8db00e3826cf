package io.sentinelforge.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds content files: each argument is a file (taken as is) or a directory searched recursively
 * for {@code *.yaml}/{@code *.yml}, skipping rule tests ({@code *.tests.yaml}), the project config
 * ({@code sentinel-forge.yaml}) and folders of other formats.
 */
public final class ContentFiles {

  /** The project config file name, never read as a rule. */
  public static final String CONFIG_FILE = "sentinel-forge.yaml";

  /**
   * Folders that hold other formats (sample rows, workbooks, playbooks, …), never analytics rules
   * or hunting queries; a directory walk does not descend into them.
   */
  public static final Set<String> OTHER_FORMAT_FOLDERS =
      Set.of(
          "testdata",
          "workbooks",
          "playbooks",
          "automation-rules",
          "watchlists",
          "custom-tables",
          ".github",
          ".git");

  private ContentFiles() {}

  /**
   * The content files under {@code paths}, sorted, without duplicates (the same file reached
   * through two arguments, e.g. a folder and a file in it, is read once).
   *
   * @throws NoSuchFileException when a path does not exist
   */
  public static List<Path> discover(List<Path> paths) throws IOException {
    TreeSet<Path> found = new TreeSet<>();
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString(), null, "no such file or directory");
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(file -> isContentFile(file) && !inOtherFormatFolder(path, file))
              .filter(file -> seen.add(file.toAbsolutePath().normalize()))
              .forEach(found::add);
        }
      } else if (!isTestFile(path) && !isConfig(path)) {
        if (seen.add(path.toAbsolutePath().normalize())) {
          found.add(path);
        }
      }
    }
    return new ArrayList<>(found);
  }

  /** True for a YAML file that is neither a rule test nor the project config. */
  public static boolean isContentFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    return yaml
        && !isTestFile(path)
        && !name.equals(CONFIG_FILE)
        && !name.startsWith(".")
        // workbooks/, playbooks/ and automation-rules/ hold the compact formats (CompactLoader)
        && !CompactLoader.isCompactFile(path);
  }

  private static boolean inOtherFormatFolder(Path root, Path file) {
    Path relative = root.relativize(file).getParent();
    for (int i = 0; relative != null && i < relative.getNameCount(); i++) {
      if (OTHER_FORMAT_FOLDERS.contains(relative.getName(i).toString().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConfig(Path path) {
    return path.getFileName().toString().equalsIgnoreCase(CONFIG_FILE);
  }

  /** True for a rule test file {@code <rule>.tests.yaml}. */
  public static boolean isTestFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".tests.yaml") || name.endsWith(".tests.yml");
  }
}
