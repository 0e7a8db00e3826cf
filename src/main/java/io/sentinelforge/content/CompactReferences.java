package io.sentinelforge.content;

import io.sentinelforge.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Checks across compact files: unique ids and names, and automation rules' playbooks exist. */
final class CompactReferences {

  private CompactReferences() {}

  static List<Diagnostic> check(
      List<Workbook> workbooks, List<Playbook> playbooks, List<AutomationRule> automationRules) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, Long> ids =
        CompactLoader.counts(
            Stream.of(
                    workbooks.stream().map(Workbook::id),
                    playbooks.stream().map(Playbook::id),
                    automationRules.stream().map(AutomationRule::id))
                .flatMap(s -> s)
                .map(id -> id == null ? null : id.toLowerCase(Locale.ROOT)));
    duplicates(workbooks.stream().map(w -> new Named(w.id(), w.source())), ids, diagnostics);
    duplicates(playbooks.stream().map(p -> new Named(p.id(), p.source())), ids, diagnostics);
    duplicates(automationRules.stream().map(a -> new Named(a.id(), a.source())), ids, diagnostics);
    Set<String> playbookNames = playbooks.stream().map(Playbook::name).collect(Collectors.toSet());
    for (AutomationRule rule : automationRules) {
      for (int i = 0; i < rule.actions().size(); i++) {
        if (rule.actions().get(i) instanceof AutomationAction.RunPlaybook run
            && run.playbook() != null
            && !playbookNames.contains(run.playbook())) {
          diagnostics.add(
              Diagnostic.error(
                  CompactCodes.UNKNOWN_REFERENCE,
                  "no playbook named '" + run.playbook() + "' in the content pack's playbooks/",
                  rule.source().span("actions[" + i + "].runPlaybook")));
        }
      }
    }
    return diagnostics;
  }

  private record Named(String id, ContentSource source) {}

  private static void duplicates(Stream<Named> items, Map<String, Long> ids, List<Diagnostic> out) {
    items
        .filter(n -> n.id() != null && ids.getOrDefault(n.id().toLowerCase(Locale.ROOT), 0L) > 1)
        .forEach(
            n ->
                out.add(
                    Diagnostic.error(
                        CompactCodes.DUPLICATE,
                        "id "
                            + n.id()
                            + " is used by another workbook, playbook or automation rule",
                        n.source().span("id"))));
  }
}
