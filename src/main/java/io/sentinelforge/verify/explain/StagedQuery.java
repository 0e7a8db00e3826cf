package io.sentinelforge.verify.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * A query cut at the top-level pipes of its last statement: the statements before it (lets, kept
 * whole) and its stages, so each prefix can be run on its own.
 *
 * @param statements the text of the earlier statements, each with its {@code ;}
 * @param stages the source expression followed by one entry per tabular operator
 */
public record StagedQuery(String statements, List<String> stages) {

  /** Copies the stages. */
  public StagedQuery {
    stages = List.copyOf(stages);
  }

  /** Cuts {@code query}; strings, comments and brackets are respected. */
  public static StagedQuery of(String query) {
    List<Integer> semicolons = new ArrayList<>();
    List<Integer> pipes = new ArrayList<>();
    new QueryScanner(query).scan(semicolons, pipes);
    int lastStart = 0;
    for (int semicolon : semicolons) {
      if (!query.substring(semicolon + 1).isBlank()) {
        lastStart = semicolon + 1;
      }
    }
    int lastEnd = query.length();
    for (int semicolon : semicolons) {
      if (semicolon >= lastStart) {
        lastEnd = Math.min(lastEnd, semicolon);
      }
    }
    List<String> stages = new ArrayList<>();
    int stageStart = lastStart;
    for (int pipe : pipes) {
      if (pipe > lastStart && pipe < lastEnd) {
        stages.add(query.substring(stageStart, pipe));
        stageStart = pipe + 1;
      }
    }
    stages.add(query.substring(stageStart, lastEnd));
    return new StagedQuery(query.substring(0, lastStart), stages);
  }

  /** The query that ends after stage {@code count} (1 = the source alone). */
  public String prefix(int count) {
    return statements + String.join("|", stages.subList(0, count));
  }

  /** A one-line label for stage {@code index} (0-based), at most 70 characters. */
  public String label(int index) {
    String text = oneLine(stages.get(index));
    String withPipe = index == 0 ? text : "| " + text;
    return withPipe.length() <= 70 ? withPipe : withPipe.substring(0, 67) + "...";
  }

  private static String oneLine(String stage) {
    StringBuilder text = new StringBuilder();
    for (String line : stage.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("//")) {
        continue;
      }
      text.append(text.length() == 0 ? "" : " ").append(trimmed);
    }
    return text.toString();
  }
}
