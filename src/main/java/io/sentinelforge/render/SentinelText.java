package io.sentinelforge.render;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The text conversions of the YAML→ARM mapping (sentinel-formats.md §7). */
public final class SentinelText {

  private static final Pattern VERSION = Pattern.compile("^\\d+\\.\\d+\\.\\d+$");

  private SentinelText() {}

  /**
   * A description as the Solutions packager writes it: without the final newline and without one
   * surrounding pair of single quotes (many upstream files wrap the block in {@code '…'}).
   */
  public static String description(String yaml) {
    String text = yaml.endsWith("\n") ? yaml.substring(0, yaml.length() - 1) : yaml;
    if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
      text = text.substring(1, text.length() - 1);
    }
    return text;
  }

  /** The parent techniques of {@code relevantTechniques} ({@code T1078.004} → {@code T1078}). */
  public static List<String> techniques(List<String> relevantTechniques) {
    Set<String> parents = new LinkedHashSet<>();
    for (String technique : relevantTechniques) {
      int dot = technique.indexOf('.');
      parents.add(dot < 0 ? technique : technique.substring(0, dot));
    }
    return new ArrayList<>(parents);
  }

  /** The sub-techniques of {@code relevantTechniques} (entries with a dot), in order. */
  public static List<String> subTechniques(List<String> relevantTechniques) {
    return relevantTechniques.stream().filter(t -> t.contains(".")).distinct().toList();
  }

  /** A template contentVersion from a content {@code version} ({@code 1.0.2} → {@code 1.0.2.0}). */
  public static String contentVersion(String version) {
    if (version == null || !VERSION.matcher(version).matches()) {
      return "1.0.0.0";
    }
    return version + ".0";
  }
}
