package io.sentinelforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} checks the KQL inside workbooks and playbooks at the YAML file's own line. */
class CompactValidationTest {

  @TempDir Path content;

  private List<Diagnostic> validate(String folder, String yaml) throws Exception {
    Path file = content.resolve(folder).resolve("item.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return new ValidateService().validate(new ValidateRequest(List.of(content))).diagnostics();
  }

  @Test
  void aBrokenWorkbookQueryIsReportedAtTheWorkbookLine() throws Exception {
    List<Diagnostic> diagnostics =
        validate(
            "workbooks",
            String.join(
                "\n",
                "id: 1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b",
                "name: W",
                "description: D",
                "parameters:",
                "  - name: TimeRange",
                "    type: timeRange",
                "items:",
                "  - title: Broken",
                "    query: |",
                "      SigninLogs",
                "      | where TimeGenerated {TimeRange}",
                "      | summarize count() by",
                ""));
    List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), diagnostics::toString);
    assertTrue(errors.get(0).code().startsWith("KQL"), errors.get(0)::format);
    assertTrue(errors.get(0).span().file().endsWith("item.yaml"), errors.get(0)::format);
    assertTrue(errors.get(0).span().line() >= 12, errors.get(0)::format);
  }

  @Test
  void aWorkbookQueryWithAnUnknownColumnIsReportedAtItsColumn() throws Exception {
    List<Diagnostic> diagnostics =
        validate(
            "workbooks",
            String.join(
                "\n",
                "id: 1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b",
                "name: W",
                "description: D",
                "parameters:",
                "  - name: TimeRange",
                "    type: timeRange",
                "items:",
                "  - query: |",
                "      SigninLogs",
                "      | where TimeGenerated {TimeRange}",
                "      | project UserPrincipalNam",
                ""));
    Diagnostic error = diagnostics.stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertEquals(11, error.span().line(), error::format);
    assertEquals(17, error.span().column(), error::format);
  }

  @Test
  void aPlaybookQueryIsCheckedWithItsInterpolationsReplaced() throws Exception {
    List<Diagnostic> diagnostics =
        validate(
            "playbooks",
            String.join(
                "\n",
                "id: 2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                "name: P",
                "description: D",
                "trigger: incident",
                "connections: [azuresentinel, azuremonitorlogs]",
                "actions:",
                "  Query:",
                "    type: ApiConnection",
                "    inputs:",
                "      host: {connection: azuremonitorlogs}",
                "      path: /queryData",
                "      body: |",
                "        print IP = \"@{triggerBody()?['ip']}\"",
                "        | where IP ==",
                ""));
    Diagnostic error = diagnostics.stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertTrue(error.code().startsWith("KQL"), error::format);
    assertTrue(error.span().line() >= 13, error::format);
  }
}
