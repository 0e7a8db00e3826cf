package io.sentinelforge.content.yaml;

import java.util.Arrays;

/** Builds a string while recording, for each character, the file offset it was read from. */
final class MappedText {

  private final StringBuilder text = new StringBuilder();
  private int[] origins = new int[64];

  /** Appends one character read at {@code origin}. */
  void append(char c, int origin) {
    if (text.length() == origins.length) {
      origins = Arrays.copyOf(origins, origins.length * 2);
    }
    origins[text.length()] = origin;
    text.append(c);
  }

  /** Appends a string whose characters all come from {@code origin} (an escape, a fold). */
  void append(String s, int origin) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i), origin);
    }
  }

  /** Appends the file characters {@code [from, to)} one to one. */
  void copy(String file, int from, int to) {
    for (int i = from; i < to; i++) {
      append(file.charAt(i), i);
    }
  }

  /** Appends another mapped text. */
  void append(MappedText other) {
    for (int i = 0; i < other.length(); i++) {
      append(other.text.charAt(i), other.origins[i]);
    }
  }

  /** Removes trailing characters down to {@code length}. */
  void truncate(int length) {
    text.setLength(length);
  }

  int length() {
    return text.length();
  }

  String text() {
    return text.toString();
  }

  /** Origins, plus one final entry {@code end} for the offset just after the value. */
  int[] origins(int end) {
    int[] result = Arrays.copyOf(origins, text.length() + 1);
    result[text.length()] = end;
    return result;
  }
}
