package io.sentinelforge.content;

/**
 * Codes of the compact formats (workbooks, playbooks, automation rules); SF3xx, never reused.
 * Documented in docs/render.md.
 */
public final class CompactCodes {

  /** A required field is missing. */
  public static final String MISSING_FIELD = "SF301";

  /** A field has the wrong YAML type. */
  public static final String WRONG_TYPE = "SF302";

  /** A field has a value outside its allowed set or format. */
  public static final String INVALID_VALUE = "SF303";

  /** A key the format does not know. */
  public static final String UNKNOWN_KEY = "SF304";

  /** Two compact items share an id or a name. */
  public static final String DUPLICATE = "SF305";

  /** A reference to something the pack does not define (playbook, parameter, connection). */
  public static final String UNKNOWN_REFERENCE = "SF306";

  /** A file that does not parse as a YAML mapping. */
  public static final String NOT_A_MAPPING = "SF307";

  private CompactCodes() {}
}
