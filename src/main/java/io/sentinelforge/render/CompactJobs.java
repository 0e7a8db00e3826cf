package io.sentinelforge.render;

import io.sentinelforge.content.AutomationAction;
import io.sentinelforge.content.AutomationRule;
import io.sentinelforge.content.CompactContent;
import io.sentinelforge.content.Playbook;
import io.sentinelforge.content.Workbook;
import java.util.List;
import java.util.Map;

/** The render jobs and aggregate resources of workbooks, playbooks and automation rules. */
final class CompactJobs {

  private CompactJobs() {}

  static void add(
      CompactContent compact,
      RenderSettings settings,
      List<RenderJob> jobs,
      List<PackView.Resource> resources) {
    for (Workbook workbook : compact.workbooks()) {
      WorkbookView view = WorkbookView.of(workbook, settings);
      String file = workbook.source().file();
      jobs.add(job("workbook.ftl", "workbook", view, "workbooks/", file));
      resources.add(new PackView.Resource("workbook", view));
    }
    for (Playbook playbook : compact.playbooks()) {
      PlaybookView view = PlaybookViews.of(playbook, settings);
      String file = playbook.source().file();
      jobs.add(job("playbook.ftl", "playbook", view, "playbooks/", file));
      resources.add(new PackView.Resource("playbook", view));
    }
    for (AutomationRule rule : compact.automationRules()) {
      AutomationRuleView view = AutomationRuleViews.of(rule, settings);
      String file = rule.source().file();
      jobs.add(job("automation-rule.ftl", "rule", view, "automation-rules/", file));
      resources.add(
          new PackView.Resource("automationRule", view.withDependsOn(playbooksRun(rule))));
    }
  }

  private static RenderJob job(
      String template, String modelName, Object view, String folder, String file) {
    return new RenderJob(
        template, Map.of(modelName, view), folder + PackJobs.baseName(file) + ".json", file);
  }

  /** In the aggregate template a rule waits for the Logic Apps it runs. */
  private static List<String> playbooksRun(AutomationRule rule) {
    return rule.actions().stream()
        .filter(AutomationAction.RunPlaybook.class::isInstance)
        .map(action -> ((AutomationAction.RunPlaybook) action).playbook())
        .distinct()
        .map(name -> JsonText.expression(AutomationRuleViews.workflowId(name)))
        .toList();
  }
}
