package io.sentinelforge.app;

import java.nio.file.Path;

/**
 * A {@code build}: render {@code contentFolder} into {@code outputFolder}, or with {@code check}
 * only compare what would be rendered with what is there.
 *
 * @param contentFolder the content pack, e.g. {@code content/}
 * @param outputFolder the rendered templates, e.g. {@code generated/}
 * @param templatesFolder the project's own templates (used when it exists), e.g. {@code templates/}
 * @param check compare only, write nothing
 */
public record BuildRequest(
    Path contentFolder, Path outputFolder, Path templatesFolder, boolean check) {

  /** The usual layout under a project root. */
  public static BuildRequest inProject(Path root, boolean check) {
    return new BuildRequest(
        root.resolve("content"), root.resolve("generated"), root.resolve("templates"), check);
  }
}
