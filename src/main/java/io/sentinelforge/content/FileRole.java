package io.sentinelforge.content;

/** What a loaded YAML file turned out to be. */
public enum FileRole {
  /** A Scheduled or NRT analytics rule (or a file that tries to be one). */
  ANALYTIC_RULE,
  /** A hunting query (the file sits under a folder whose name contains "hunting"). */
  HUNTING_QUERY,
  /** An Azure-Sentinel migration stub: only id/name/description(/version), no query. */
  MIGRATION_STUB,
  /** No YAML document at all. */
  EMPTY,
  /** YAML that does not parse, or whose top level is not a mapping. */
  INVALID
}
