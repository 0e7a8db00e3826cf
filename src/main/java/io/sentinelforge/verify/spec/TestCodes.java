package io.sentinelforge.verify.spec;

/**
 * The stable {@code TST} diagnostic codes of rule tests. Codes are never reused (TST005 and TST012
 * are retired); the code is the SARIF {@code ruleId}.
 */
public final class TestCodes {
  /** The test file is not valid YAML (or uses tabs). */
  public static final String YAML_SYNTAX = "TST001";

  /** A key the format does not define (with a did-you-mean). */
  public static final String UNKNOWN_KEY = "TST002";

  /** A value of the wrong YAML type or shape. */
  public static final String WRONG_TYPE = "TST003";

  /** A required key is missing. */
  public static final String MISSING_KEY = "TST004";

  /** A data, watchlist or externaldata file cannot be found or read. */
  public static final String DATA_FILE_MISSING = "TST006";

  /** A data file is malformed (bad JSON line, bad CSV, wrong shape). */
  public static final String DATA_FILE_MALFORMED = "TST007";

  /** A timestamp is neither relative ({@code -10m}) nor ISO 8601. */
  public static final String BAD_TIMESTAMP = "TST008";

  /** Two cases in one file have the same name. */
  public static final String DUPLICATE_CASE = "TST009";

  /** A key appears twice in one mapping. */
  public static final String DUPLICATE_KEY = "TST010";

  /** A data file has an extension other than .jsonl, .json or .csv. */
  public static final String DATA_FILE_TYPE = "TST011";

  /** An expectation is malformed (bad count, unknown entity key form). */
  public static final String BAD_EXPECTATION = "TST013";

  /** A rule or hunting query has fewer test cases than required (coverage). */
  public static final String TOO_FEW_CASES = "TST020";

  /** A test case failed: an expectation does not hold. */
  public static final String CASE_FAILED = "TST100";

  /** A test case could not run: the query uses KQL the local evaluator does not support. */
  public static final String CASE_UNSUPPORTED = "TST101";

  /** A test case could not run: the query failed on the sample data. */
  public static final String CASE_ERROR = "TST102";

  private TestCodes() {}
}
