package io.sentinelforge.render;

import java.util.Map;

/**
 * One output file to render: which template, with which model, to which path.
 *
 * @param template template file name, e.g. {@code analytic-rule.ftl}
 * @param model the template's data model (view models only)
 * @param outputPath path under the output folder, {@code /}-separated
 * @param source the content file it comes from, for diagnostics
 */
public record RenderJob(
    String template, Map<String, Object> model, String outputPath, String source) {}
