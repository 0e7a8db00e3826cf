package io.sentinelforge.content;

import java.nio.file.Path;
import java.util.Optional;

/** The compact formats, each kept in a folder of its own under the content folder. */
public enum CompactKind {
  WORKBOOK("workbooks"),
  PLAYBOOK("playbooks"),
  AUTOMATION_RULE("automation-rules");

  private final String folder;

  CompactKind(String folder) {
    this.folder = folder;
  }

  /** The folder name, e.g. {@code workbooks}. */
  public String folder() {
    return folder;
  }

  /** The kind of a file from the nearest enclosing folder with one of the three names. */
  public static Optional<CompactKind> of(Path file) {
    for (Path dir = file.toAbsolutePath().normalize().getParent();
        dir != null && dir.getFileName() != null;
        dir = dir.getParent()) {
      for (CompactKind kind : values()) {
        if (dir.getFileName().toString().equals(kind.folder)) {
          return Optional.of(kind);
        }
      }
    }
    return Optional.empty();
  }
}
