package io.sentinelforge.app;

import java.nio.file.Path;

/** Run the evaluator conformance cases of one JSON Lines file. */
public record ConformanceRequest(Path file) {}
