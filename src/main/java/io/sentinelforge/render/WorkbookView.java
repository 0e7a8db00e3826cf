package io.sentinelforge.render;

import io.sentinelforge.content.Workbook;

/**
 * What {@code arm.ftl}'s {@code workbook} macro prints.
 *
 * @param resourceName the stable GUID (plain)
 * @param apiVersion quoted Microsoft.Insights/workbooks API version
 * @param displayName quoted name
 * @param description quoted description
 * @param serializedData the workbook JSON as one quoted string
 */
public record WorkbookView(
    String resourceName,
    String apiVersion,
    String displayName,
    String description,
    String serializedData) {

  /** The view of a validated workbook. */
  public static WorkbookView of(Workbook workbook, RenderSettings settings) {
    return new WorkbookView(
        StableGuid.of("workbook", workbook.id()),
        JsonText.quote(settings.workbooksApiVersion()),
        JsonText.literal(workbook.name()),
        JsonText.literal(workbook.description()),
        JsonText.literal(WorkbookData.serialize(workbook)));
  }
}
