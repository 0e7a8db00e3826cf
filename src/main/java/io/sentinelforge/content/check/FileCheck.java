package io.sentinelforge.content.check;

/** One check of one content file; reports through {@link Findings}, never throws on content. */
public interface FileCheck {

  /** Checks one file. */
  void check(CheckTarget target, Findings findings);
}
