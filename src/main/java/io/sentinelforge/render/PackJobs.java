package io.sentinelforge.render;

import io.sentinelforge.content.AnalyticRule;
import io.sentinelforge.content.CompactContent;
import io.sentinelforge.content.ContentSet;
import io.sentinelforge.content.HuntingQuery;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides what a content pack renders to: one standalone template per item, named after its content
 * file, plus {@code azuredeploy.json} with every resource.
 */
public final class PackJobs {

  /** The aggregate template's path. */
  public static final String AGGREGATE = "azuredeploy.json";

  private PackJobs() {}

  static final String NOT_RENDERABLE = "RND012";

  /**
   * The jobs of a pack, and a diagnostic for each item too broken to render (validation reports
   * those items in detail first).
   */
  public static List<RenderJob> of(
      ContentSet pack,
      CompactContent compact,
      RenderSettings settings,
      List<Diagnostic> diagnostics) {
    List<RenderJob> jobs = new ArrayList<>();
    List<PackView.Resource> resources = new ArrayList<>();
    for (AnalyticRule rule : pack.analyticRules()) {
      if (!renderable(Renderable.problems(rule), rule.source().file(), diagnostics)) {
        continue;
      }
      AnalyticRuleView view = AnalyticRuleViews.of(rule, settings);
      String file = rule.source().file();
      jobs.add(
          new RenderJob(
              "analytic-rule.ftl",
              Map.of("rule", view),
              "analytic-rules/" + baseName(file) + ".json",
              file));
      resources.add(new PackView.Resource("alertRule", view));
    }
    for (HuntingQuery query : pack.huntingQueries()) {
      if (!renderable(Renderable.problems(query), query.source().file(), diagnostics)) {
        continue;
      }
      HuntingQueryView view = HuntingQueryViews.of(query, settings);
      String file = query.source().file();
      jobs.add(
          new RenderJob(
              "hunting-query.ftl",
              Map.of("hunting", view),
              "hunting-queries/" + baseName(file) + ".json",
              file));
      resources.add(new PackView.Resource("savedSearch", view));
    }
    CompactJobs.add(compact, settings, jobs, resources);
    boolean needsLocation = !compact.workbooks().isEmpty() || !compact.playbooks().isEmpty();
    PackView packView = new PackView(JsonText.quote("1.0.0.0"), needsLocation, resources);
    jobs.add(new RenderJob("pack.ftl", Map.of("pack", packView), AGGREGATE, "content"));
    return jobs;
  }

  private static boolean renderable(
      List<String> problems, String file, List<Diagnostic> diagnostics) {
    if (!problems.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
              NOT_RENDERABLE,
              "cannot render: missing or invalid " + String.join(", ", problems),
              SourceSpan.ofFile(file)));
    }
    return problems.isEmpty();
  }

  /** The file name without folders and without its {@code .yaml}/{@code .yml} extension. */
  static String baseName(String file) {
    String name = Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
