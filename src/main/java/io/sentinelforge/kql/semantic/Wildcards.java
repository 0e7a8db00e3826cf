package io.sentinelforge.kql.semantic;

/** Column-name patterns with {@code *} as in {@code project-away Prop*}. */
final class Wildcards {

  private Wildcards() {}

  static boolean matches(String pattern, String name) {
    if (!pattern.contains("*")) {
      return pattern.equals(name);
    }
    String[] parts = pattern.split("\\*", -1);
    int position = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i == 0) {
        if (!name.startsWith(part)) {
          return false;
        }
        position = part.length();
      } else if (i == parts.length - 1) {
        return name.length() - part.length() >= position && name.endsWith(part);
      } else {
        int found = name.indexOf(part, position);
        if (found < 0) {
          return false;
        }
        position = found + part.length();
      }
    }
    return true;
  }
}
