package io.sentinelforge.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The {@code init} and {@code new} use cases: write a content repository skeleton, or one rule or
 * hunting query with a fresh GUID and every required field. Never overwrites a file.
 */
public final class ScaffoldService {

  private final Supplier<UUID> ids;

  /** A service that makes random GUIDs. */
  public ScaffoldService() {
    this(UUID::randomUUID);
  }

  /** A service with a given GUID source (tests). */
  public ScaffoldService(Supplier<UUID> ids) {
    this.ids = ids;
  }

  /** Writes the skeleton of a content repository into {@code root}; existing files are kept. */
  public ScaffoldResult init(Path root) throws IOException {
    List<Path> created = new ArrayList<>();
    List<Path> kept = new ArrayList<>();
    Path content = root.resolve("content");
    String id = ids.get().toString();
    write(content.resolve("sentinel-forge.yaml"), template("sentinel-forge.yaml"), created, kept);
    Path rules = content.resolve("analytics-rules");
    write(rules.resolve("sample-rule.yaml"), fill("sample-rule.yaml", id, ""), created, kept);
    write(
        rules.resolve("sample-rule.tests.yaml"), template("sample-rule.tests.yaml"), created, kept);
    write(content.resolve("hunting-queries").resolve(".gitkeep"), "", created, kept);
    write(
        root.resolve(".github/workflows/sentinel-forge.yml"),
        template("workflow.yml"),
        created,
        kept);
    return new ScaffoldResult(created, kept);
  }

  /**
   * Writes a new rule or hunting query called {@code name} into {@code folder}.
   *
   * @throws FileAlreadyExistsException when the file exists
   */
  public Path create(ScaffoldKind kind, String name, Path folder) throws IOException {
    Path file = folder.resolve(fileName(name));
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file.toString(), null, "already exists");
    }
    Files.createDirectories(folder);
    Files.writeString(
        file, fill(kind.template(), ids.get().toString(), name), StandardCharsets.UTF_8);
    return file;
  }

  /** {@code Risky sign-in (test)} → {@code risky-sign-in-test.yaml}. */
  public static String fileName(String name) {
    StringBuilder slug = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (keep) {
        slug.append(c);
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
      slug.setLength(slug.length() - 1);
    }
    return (slug.length() == 0 ? "rule" : slug.toString()) + ".yaml";
  }

  private static void write(Path file, String text, List<Path> created, List<Path> kept)
      throws IOException {
    if (Files.exists(file)) {
      kept.add(file);
      return;
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    created.add(file);
  }

  private static String fill(String template, String id, String name) throws IOException {
    return template(template).replace("@@ID@@", id).replace("@@NAME@@", YamlText.quoted(name));
  }

  private static String template(String name) throws IOException {
    String resource = "/io/sentinelforge/app/scaffold/" + name;
    try (InputStream in = ScaffoldService.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing scaffold template " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
