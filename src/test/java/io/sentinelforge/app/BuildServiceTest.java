package io.sentinelforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build} on a copy of the shipped content pack. */
class BuildServiceTest {

  private static final Path SHIPPED = Path.of("content");

  @TempDir Path project;
  private final BuildService service = new BuildService(new ValidateService(), RuleTestStage.NONE);

  @BeforeEach
  void copyShippedContent() throws IOException {
    try (Stream<Path> files = Files.walk(SHIPPED)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = project.resolve(file.toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  @Test
  void twoBuildsGiveByteIdenticalOutput() throws IOException {
    BuildResult first = service.build(BuildRequest.inProject(project, false));
    assertNull(first.stoppedAt(), () -> first.diagnostics().toString());
    Map<String, String> before = snapshot(project.resolve("generated"));
    assertTrue(before.size() >= 10, before::toString);
    service.build(BuildRequest.inProject(project, false));
    assertEquals(before, snapshot(project.resolve("generated")));
    assertFalse(service.build(BuildRequest.inProject(project, true)).failed());
  }

  @Test
  void checkDetectsAOneCharacterChangeInEveryContentFile() throws IOException {
    service.build(BuildRequest.inProject(project, false));
    List<Path> contentFiles = contentYaml();
    assertTrue(contentFiles.size() >= 9, contentFiles::toString);
    for (Path file : contentFiles) {
      String original = Files.readString(file, StandardCharsets.UTF_8);
      String changed = changeOneLetter(original);
      Files.writeString(file, changed, StandardCharsets.UTF_8);
      BuildResult check = service.build(BuildRequest.inProject(project, true));
      assertTrue(check.failed(), "--check missed a change in " + file);
      assertFalse(check.differences().isEmpty(), file::toString);
      Files.writeString(file, original, StandardCharsets.UTF_8);
    }
    assertFalse(service.build(BuildRequest.inProject(project, true)).failed());
  }

  @Test
  void brokenContentStopsTheBuildAndLeavesTheOutputAlone() throws IOException {
    service.build(BuildRequest.inProject(project, false));
    Map<String, String> before = snapshot(project.resolve("generated"));
    Path rule = contentYaml().get(0);
    Files.writeString(rule, "id: [unclosed\n", StandardCharsets.UTF_8);
    BuildResult result = service.build(BuildRequest.inProject(project, false));
    assertTrue(result.failed());
    assertEquals(before, snapshot(project.resolve("generated")));
  }

  @Test
  void apiVersionsComeFromTheProjectConfig() throws IOException {
    Path config = project.resolve("content/sentinel-forge.yaml");
    String text = Files.readString(config, StandardCharsets.UTF_8);
    Files.writeString(
        config,
        text.replace("securityInsights: \"2025-09-01\"", "securityInsights: \"2024-09-01\"")
            .replace("savedSearches: \"2020-08-01\"", "savedSearches: \"2025-02-01\""),
        StandardCharsets.UTF_8);
    BuildResult result = service.build(BuildRequest.inProject(project, false));
    assertNull(result.stoppedAt(), () -> result.diagnostics().toString());
    Map<String, String> output = snapshot(project.resolve("generated"));
    String rule = output.get("analytic-rules/azurehound-user-agent.json");
    assertTrue(rule.contains("\"apiVersion\": \"2024-09-01\""), rule);
    String hunting = output.get("hunting-queries/graph-tooling-user-agents.json");
    assertTrue(hunting.contains("\"apiVersion\": \"2025-02-01\""), hunting);
  }

  @Test
  void aFailingTestStageStopsBeforeRendering() throws IOException {
    BuildService failing =
        new BuildService(new ValidateService(), folder -> new StageOutcome(List.of(), true, ""));
    BuildResult result = failing.build(BuildRequest.inProject(project, false));
    assertEquals(BuildResult.Stage.TEST, result.stoppedAt());
    assertFalse(Files.exists(project.resolve("generated")));
  }

  /** Swaps the case of one letter of the description (or, without one, of the name). */
  private static String changeOneLetter(String yaml) {
    int field = yaml.indexOf("\ndescription:");
    int from = (field >= 0 ? field : yaml.indexOf("\nname:")) + 14;
    int at = from;
    while (!Character.isLetter(yaml.charAt(at))) {
      at++;
    }
    char letter = yaml.charAt(at);
    char swapped =
        Character.isUpperCase(letter)
            ? Character.toLowerCase(letter)
            : Character.toUpperCase(letter);
    return yaml.substring(0, at) + swapped + yaml.substring(at + 1);
  }

  private List<Path> contentYaml() throws IOException {
    try (Stream<Path> files = Files.walk(project.resolve("content"))) {
      return files
          .filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".tests.yaml"))
          .filter(p -> !p.getFileName().toString().equals("sentinel-forge.yaml"))
          .sorted()
          .toList();
    }
  }

  private static Map<String, String> snapshot(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(path).toString(), Files.readString(path));
      }
    }
    return files;
  }
}
