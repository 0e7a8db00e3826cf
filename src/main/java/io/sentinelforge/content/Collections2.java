package io.sentinelforge.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies that keep file order. */
final class Collections2 {

  private Collections2() {}

  static Map<String, String> orderedCopy(Map<String, String> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
