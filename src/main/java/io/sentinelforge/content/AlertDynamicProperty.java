package io.sentinelforge.content;

/** An {@code alertDynamicProperties} entry: an alert property filled from a query column. */
public record AlertDynamicProperty(String alertProperty, String value) {}
