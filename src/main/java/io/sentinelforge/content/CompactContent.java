package io.sentinelforge.content;

import io.sentinelforge.diag.Diagnostic;
import java.util.List;

/**
 * The workbooks, playbooks and automation rules of a content pack, in file order, and every problem
 * found while reading them.
 *
 * @param workbooks workbooks that loaded
 * @param playbooks playbooks that loaded
 * @param automationRules automation rules that loaded
 * @param diagnostics problems, each at its file's line
 * @param fileCount how many files were read
 */
public record CompactContent(
    List<Workbook> workbooks,
    List<Playbook> playbooks,
    List<AutomationRule> automationRules,
    List<Diagnostic> diagnostics,
    int fileCount) {

  /** Copies the lists. */
  public CompactContent {
    workbooks = List.copyOf(workbooks);
    playbooks = List.copyOf(playbooks);
    automationRules = List.copyOf(automationRules);
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when some diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
