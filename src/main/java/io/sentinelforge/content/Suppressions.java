package io.sentinelforge.content;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.sentinelforge.diag.Diagnostic;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Codes a user switched off: per file with a comment {@code # sentinel-forge: disable=CODE[,CODE]}
 * anywhere in the file, or for the whole project in {@code validation.disable} of the config.
 */
public final class Suppressions {

  private static final Pattern COMMENT =
      Pattern.compile(
          "#\\s*sentinel-forge:\\s*disable\\s*=\\s*([A-Za-z0-9_]+(?:\\s*,\\s*[A-Za-z0-9_]+)*)");

  private Suppressions() {}

  /** The codes a file disables in its comments (upper-cased). */
  public static Set<String> inFile(String text) {
    Set<String> codes = new TreeSet<>();
    Matcher matcher = COMMENT.matcher(text);
    while (matcher.find()) {
      for (String code : matcher.group(1).split(",")) {
        codes.add(code.trim().toUpperCase(Locale.ROOT));
      }
    }
    return codes;
  }

  /**
   * Removes suppressed diagnostics.
   *
   * @param projectCodes codes disabled for the whole project
   * @param fileCodes codes disabled per file, keyed by the file name used in diagnostics
   */
  public static List<Diagnostic> apply(
      List<Diagnostic> diagnostics,
      Collection<String> projectCodes,
      Map<String, Set<String>> fileCodes) {
    Set<String> project = new TreeSet<>();
    projectCodes.forEach(code -> project.add(code.toUpperCase(Locale.ROOT)));
    return diagnostics.stream()
        .filter(d -> !project.contains(d.code()))
        .filter(d -> !fileCodes.getOrDefault(d.span().file(), Set.of()).contains(d.code()))
        .toList();
  }
}
