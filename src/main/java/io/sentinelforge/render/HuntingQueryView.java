package io.sentinelforge.render;

import java.util.List;

/**
 * Everything {@code arm.ftl}'s {@code savedSearch} macro prints for one hunting query.
 *
 * @param resourceName the stable resource GUID (plain)
 * @param apiVersion quoted Microsoft.OperationalInsights API version
 * @param contentVersion quoted template contentVersion
 * @param displayName quoted name
 * @param query quoted query
 * @param tags description, tactics and techniques as quoted saved-search tags
 */
public record HuntingQueryView(
    String resourceName,
    String apiVersion,
    String contentVersion,
    String displayName,
    String query,
    List<NameValue> tags) {}
