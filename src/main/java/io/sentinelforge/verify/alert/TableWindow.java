package io.sentinelforge.verify.alert;

/**
 * How many sample rows of a table the run window let through.
 *
 * @param table the table name
 * @param total rows written in the test
 * @param visible rows inside the window
 * @param withoutTime rows that have no {@code TimeGenerated} (never visible)
 */
public record TableWindow(String table, int total, int visible, int withoutTime) {}
