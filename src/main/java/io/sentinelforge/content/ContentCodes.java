package io.sentinelforge.content;

/**
 * Stable diagnostic codes of content loading and checks: {@code SF1xx} YAML and structure, {@code
 * SF2xx} content semantics (the numbered rules of the Azure-Sentinel validators). Codes are never
 * reused; {@code docs/content.md} lists them with their severities.
 */
public final class ContentCodes {

  /** The file cannot be read. */
  public static final String UNREADABLE_FILE = "SF100";

  /** YAML syntax error (see {@code YamlDocumentParser}). */
  public static final String YAML_SYNTAX = "SF101";

  /** Tab in indentation. */
  public static final String TAB_INDENT = "SF102";

  /** Not UTF-8. */
  public static final String NOT_UTF8 = "SF103";

  /** Empty file. */
  public static final String EMPTY_FILE = "SF104";

  /** Top level is not a mapping. */
  public static final String NOT_A_MAPPING = "SF105";

  /** A key appears twice in one mapping. */
  public static final String DUPLICATE_KEY = "SF106";

  /** A value has the wrong YAML type (a list where a string belongs, …). */
  public static final String WRONG_TYPE = "SF107";

  /** A key the format does not define. */
  public static final String UNKNOWN_KEY = "SF108";

  /** A required field is missing or empty. */
  public static final String MISSING_FIELD = "SF109";

  /** An Azure-Sentinel migration stub, not a rule. */
  public static final String MIGRATION_STUB = "SF110";

  /** Metadata fields at the top level instead of under {@code metadata:}. */
  public static final String MISPLACED_METADATA = "SF111";

  /** A scalar YAML reads as a date or number where text is expected. */
  public static final String NOT_A_STRING = "SF112";

  /** {@code kind} written in a non-canonical case. */
  public static final String KIND_CASE = "SF113";

  /** {@code kind} that Sentinel Forge does not handle (only Scheduled and NRT). */
  public static final String UNSUPPORTED_KIND = "SF114";

  /** An unknown key in the project config. */
  public static final String CONFIG_UNKNOWN_KEY = "SF130";

  /** An invalid value in the project config. */
  public static final String CONFIG_INVALID = "SF131";

  /** A check failed on unexpected input (a bug in Sentinel Forge, reported, not thrown). */
  public static final String INTERNAL_CHECK_ERROR = "SF199";

  /** Rule 1: id is not a GUID. */
  public static final String ID_NOT_GUID = "SF201";

  /** Rule 1: name length. */
  public static final String NAME_LENGTH = "SF202";

  /** Rule 1: description length. */
  public static final String DESCRIPTION_LENGTH = "SF203";

  /** Rule 2: severity value. */
  public static final String SEVERITY = "SF204";

  /** Rule 2: query length. */
  public static final String QUERY_LENGTH = "SF205";

  /** Rule 3: a data connector without data types. */
  public static final String CONNECTOR_DATA_TYPES = "SF206";

  /** Rule 4: duration format or range. */
  public static final String DURATION = "SF207";

  /** Rule 5: queryPeriod shorter than queryFrequency. */
  public static final String PERIOD_BELOW_FREQUENCY = "SF208";

  /** Rule 6: a period of 2 days or more with a frequency below 1 hour. */
  public static final String LONG_PERIOD_FREQUENCY = "SF209";

  /** Rule 7: number of entity mappings. */
  public static final String ENTITY_MAPPING_COUNT = "SF210";

  /** Rule 8: number of field mappings of an entity. */
  public static final String FIELD_MAPPING_COUNT = "SF211";

  /** Rule 9: identifier not valid for the entity type, or repeated. */
  public static final String ENTITY_IDENTIFIER = "SF212";

  /** Rule 10: no complete required identifier set. */
  public static final String REQUIRED_IDENTIFIERS = "SF213";

  /** Rule 11: column name format or length. */
  public static final String COLUMN_NAME = "SF214";

  /** Rule 12: a legacy *CustomEntity column used by the query but not mapped. */
  public static final String LEGACY_ENTITY_COLUMN = "SF215";

  /** Rule 13: custom details limits. */
  public static final String CUSTOM_DETAILS = "SF216";

  /** Rule 14: technique without a matching tactic. */
  public static final String TECHNIQUE_TACTIC = "SF217";

  /** Rule 15: technique format. */
  public static final String TECHNIQUE_FORMAT = "SF218";

  /** Rule 16: trigger operator or threshold. */
  public static final String TRIGGER = "SF219";

  /** Rule 17: alertDetailsOverride formats. */
  public static final String ALERT_DETAILS_OVERRIDE = "SF220";

  /** Rule 18: event grouping kind. */
  public static final String EVENT_GROUPING = "SF221";

  /** Rule 19: version format. */
  public static final String VERSION = "SF222";

  /** Rule 20: the same id in two files. */
  public static final String DUPLICATE_ID = "SF223";

  /** Rule 20: the same file name in two folders. */
  public static final String DUPLICATE_FILE_NAME = "SF224";

  /** Rule 21: connector id not in the known list. */
  public static final String CONNECTOR_ID = "SF225";

  /** A tactic outside the Sentinel tactics enum. */
  public static final String TACTIC = "SF226";

  /** An unknown entity type. */
  public static final String ENTITY_TYPE = "SF227";

  private ContentCodes() {}
}
