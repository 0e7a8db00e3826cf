package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentSet;

/** A check across all loaded files (duplicate ids and file names). */
public interface ProjectCheck {

  /** Checks the whole set. */
  void check(ContentSet content, Findings findings);
}
