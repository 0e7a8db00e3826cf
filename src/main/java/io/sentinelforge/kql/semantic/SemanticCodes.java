package io.sentinelforge.kql.semantic;

/**
 * Stable diagnostic codes of the binder ({@code KQL1xx} names and schemas, {@code KQL2xx} types).
 */
public final class SemanticCodes {

  /** A table (or tabular variable / function) that does not exist. */
  public static final String UNKNOWN_TABLE = "KQL101";

  /** A column (or scalar variable) that does not exist in the rows at that point. */
  public static final String UNKNOWN_COLUMN = "KQL102";

  /** A function that is neither built in, defined by {@code let}, nor declared by the content. */
  public static final String UNKNOWN_FUNCTION = "KQL103";

  /** A function called with too few or too many arguments. */
  public static final String WRONG_ARITY = "KQL201";

  /** An argument of a type the function does not accept. */
  public static final String WRONG_ARGUMENT_TYPE = "KQL202";

  /** A filter predicate that is not boolean. */
  public static final String NON_BOOLEAN_PREDICATE = "KQL203";

  /** An operator applied to operand types it is not defined for (e.g. datetime &gt; string). */
  public static final String OPERAND_TYPE_MISMATCH = "KQL204";

  /** A tuple assignment {@code (a, b) = ...} whose names do not match the expression's values. */
  public static final String TUPLE_MISMATCH = "KQL205";

  private SemanticCodes() {}
}
