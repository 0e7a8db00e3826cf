package io.sentinelforge.render;

import java.util.List;

/**
 * A rule's {@code alertDetailsOverride}, ready for a template.
 *
 * @param fields the string members present (format strings and column names), in ARM order
 * @param dynamicProperties {@code alertProperty}/{@code value} pairs
 */
public record AlertDetailsOverrideView(List<NameValue> fields, List<NameValue> dynamicProperties) {}
