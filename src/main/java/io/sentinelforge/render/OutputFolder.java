package io.sentinelforge.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The output folder ({@code generated/}), which Sentinel Forge owns entirely: it is replaced as a
 * whole, so a failed build never leaves half of a new output beside half of the old.
 */
public final class OutputFolder {

  private final Path folder;

  /** The output folder at {@code folder} (it need not exist yet). */
  public OutputFolder(Path folder) {
    this.folder = folder;
  }

  /**
   * How the folder differs from {@code files}: one line per file, {@code changed: path}, {@code
   * missing: path} (not yet generated) or {@code stale: path} (no longer rendered), sorted by path.
   */
  public List<String> differences(List<RenderedFile> files) throws IOException {
    Map<String, String> existing = read();
    List<String> differences = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(existing.keySet());
    files.forEach(f -> paths.add(f.path()));
    Map<String, String> wanted = new TreeMap<>();
    files.forEach(f -> wanted.put(f.path(), f.text()));
    for (String path : paths) {
      String now = existing.get(path);
      String next = wanted.get(path);
      if (now == null) {
        differences.add("missing: " + path);
      } else if (next == null) {
        differences.add("stale: " + path);
      } else if (!now.equals(next)) {
        differences.add("changed: " + path);
      }
    }
    return differences;
  }

  /**
   * Writes every file into a fresh sibling folder, then swaps it in place of the old folder with
   * directory renames; files of the old folder that are no longer rendered disappear.
   */
  public void replace(List<RenderedFile> files) throws IOException {
    Path parent = folder.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createTempDirectory(parent, "." + folder.getFileName() + ".new-");
    try {
      for (RenderedFile file : files) {
        Path target = fresh.resolve(file.path());
        Files.createDirectories(target.getParent());
        Files.write(target, file.text().getBytes(StandardCharsets.UTF_8));
      }
      swap(fresh, parent);
    } finally {
      deleteTree(fresh);
    }
  }

  private void swap(Path fresh, Path parent) throws IOException {
    Path old = null;
    if (Files.exists(folder)) {
      old = Files.createTempDirectory(parent, "." + folder.getFileName() + ".old-");
      Files.delete(old);
      move(folder, old);
    }
    move(fresh, folder);
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private Map<String, String> read() throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
        String relative = folder.relativize(path).toString().replace('\\', '/');
        files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
