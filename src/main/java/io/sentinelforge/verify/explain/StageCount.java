package io.sentinelforge.verify.explain;

/**
 * The row count after one pipe stage, or why it is unknown.
 *
 * @param label the stage as written (shortened)
 * @param rows the number of rows after the stage, or -1 when unknown
 * @param note why the count is unknown (unsupported, failed), or null
 */
public record StageCount(String label, int rows, String note) {

  /** {@code 12 rows | where ...} */
  public String describe() {
    String count = rows >= 0 ? String.format("%5d rows", rows) : "    ? rows";
    return count + "  " + label + (note == null ? "" : "  (" + note + ")");
  }
}
