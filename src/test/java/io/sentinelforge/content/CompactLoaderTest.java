package io.sentinelforge.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactLoaderTest {

  @TempDir Path content;

  private List<Diagnostic> load(String folder, String yaml) throws Exception {
    Path file = content.resolve(folder).resolve("item.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return new CompactLoader().loadAll(List.of(content)).diagnostics();
  }

  private static final String WORKBOOK =
      "id: 1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b\nname: W\ndescription: D\n"
          + "parameters:\n  - name: TimeRange\n    type: timeRange\n"
          + "items:\n  - markdown: hi\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown key with a hint|  - markdown: hi\\n    visibelWhen: {parameter: TimeRange, equals: x}|SF304|10|5|did you mean 'visibleWhen'",
        "unknown visualization|  - query: T\\n    visualization: heatmap|SF303|10|20|expected one of",
        "visibility names no parameter|  - markdown: hi\\n    visibleWhen: {parameter: Tab, equals: x}|SF306|10|30|parameter 'Tab'",
        "item without a kind|  - title: lonely|SF301|9|5|'markdown', 'query' or 'group'"
      })
  void workbookProblemsAreReportedAtTheirLine(
      String name, String extraItem, String code, int line, int column, String message)
      throws Exception {
    List<Diagnostic> diagnostics =
        load("workbooks", WORKBOOK + "  " + extraItem.strip().replace("\\n", "\n") + "\n");
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    Diagnostic diagnostic = diagnostics.get(0);
    assertEquals(code, diagnostic.code());
    assertEquals(line, diagnostic.span().line(), diagnostic::format);
    assertEquals(column, diagnostic.span().column(), diagnostic::format);
    assertTrue(diagnostic.message().contains(message), diagnostic::format);
  }

  @Test
  void playbookReferencesMustBeDeclared() throws Exception {
    List<Diagnostic> diagnostics =
        load(
            "playbooks",
            "id: 2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d\nname: P\ndescription: D\ntrigger: incident\n"
                + "connections: [azuresentinel]\nroles:\n  - role: Sentinel Boss\n"
                + "actions:\n  A:\n    type: ApiConnection\n    inputs:\n"
                + "      host: {connection: azuremonitorlogs}\n      body: \"@parameters('workspace')\"\n");
    assertEquals(
        List.of("SF303 7", "SF306 12", "SF306 13"),
        diagnostics.stream().map(d -> d.code() + " " + d.span().line()).sorted().toList(),
        diagnostics::toString);
  }

  @Test
  void automationRuleMustRunAKnownPlaybook() throws Exception {
    List<Diagnostic> diagnostics =
        load(
            "automation-rules",
            "id: 4c5d6e7f-8091-4a2b-b4c5-d6e7f8091a2b\nname: R\ntriggersOn: Incidents\n"
                + "triggersWhen: Created\nactions:\n  - runPlaybook: Missing\n");
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    assertEquals("SF306", diagnostics.get(0).code());
    assertEquals(6, diagnostics.get(0).span().line());
  }

  @Test
  void compactFilesAreNotReadAsRules() throws Exception {
    load("workbooks", WORKBOOK);
    assertEquals(List.of(), ContentFiles.discover(List.of(content)));
  }
}
