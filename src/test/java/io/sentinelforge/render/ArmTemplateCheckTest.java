package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each case breaks one golden (valid) template in one way; the post-check must notice. */
class ArmTemplateCheckTest {

  private static final Path EXPECTED = Golden.ROOT.resolve("workbook-playbook-automation/expected");

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "playbooks/recurring-query.json|trailing comma|\"outputs\": {}|\"outputs\": {},|RND001",
        "playbooks/recurring-query.json|duplicate key|\"kind\": \"V1\",|\"kind\": \"V1\", \"kind\": \"V2\",|RND001",
        "playbooks/recurring-query.json|no $schema|\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",||RND002",
        "playbooks/recurring-query.json|undeclared template parameter|[parameters('workspace')]|[parameters('workspaces')]|RND003",
        "playbooks/recurring-query.json|unbound connection|['azuremonitorlogs']['connectionId']|['azuresentinel']['connectionId']|RND003",
        "playbooks/recurring-query.json|undeclared workflow parameter|@parameters('resourceGroup')|@parameters('resourceGroupName')|RND003",
        "playbooks/recurring-query.json|bad api version|\"apiVersion\": \"2016-06-01\"|\"apiVersion\": \"latest\"|RND004",
        "workbooks/every-item-kind.json|unknown item type|\\\"type\\\":12|\\\"type\\\":13|RND004",
        "workbooks/every-item-kind.json|serializedData not JSON|{\\\"version\\\":\\\"Notebook/1.0\\\"|{\\\"version\\\":\\\"Notebook/1.0\\\",,|RND001",
        "automation-rules/every-action.json|empty actions|\"actionType\": \"RunPlaybook\"|\"actionKind\": \"RunPlaybook\"|RND002",
        "playbooks/alert-playbook.json|role without principal|\"principalId\": \"[parameters('principalId')]\"|\"principal\": \"[parameters('principalId')]\"|RND002"
      })
  void noticesTheBreak(String file, String name, String find, String replace, String code)
      throws Exception {
    String valid = Files.readString(EXPECTED.resolve(file));
    ArmTemplateCheck check = ArmTemplateCheck.standard();
    assertEquals(List.of(), check.check(new RenderedFile(file, valid, "x")));
    assertTrue(valid.contains(find), "case does not apply: " + find);
    String broken =
        valid.replaceFirst(
            java.util.regex.Pattern.quote(find),
            java.util.regex.Matcher.quoteReplacement(replace == null ? "" : replace));
    List<Diagnostic> found = check.check(new RenderedFile(file, broken, "x"));
    assertTrue(found.stream().anyMatch(d -> d.code().equals(code)), () -> name + ": " + found);
  }
}
