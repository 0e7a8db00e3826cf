package io.sentinelforge.kql.semantic.rules;

/** Stable codes of the checks that tie a rule's metadata to its query. */
public final class RuleCodes {

  /** An entity mapping names a column the query does not output. */
  public static final String ENTITY_COLUMN = "KQL110";

  /** A custom detail names a column the query does not output. */
  public static final String CUSTOM_DETAIL_COLUMN = "KQL111";

  /**
   * An alert-details override ({{Column}} placeholder, severity/tactics column, dynamic property)
   * names a missing column.
   */
  public static final String ALERT_DETAILS_COLUMN = "KQL112";

  /**
   * A time filter looks back further than the rule's queryPeriod (Sentinel cuts the data silently).
   */
  public static final String LOOKBACK_BEYOND_PERIOD = "KQL120";

  /** Something near-real-time (NRT) rules do not support. */
  public static final String NRT_RESTRICTION = "KQL130";

  /** A table the query reads is not among requiredDataConnectors' dataTypes. */
  public static final String TABLE_NOT_IN_DATA_TYPES = "KQL140";

  private RuleCodes() {}
}
