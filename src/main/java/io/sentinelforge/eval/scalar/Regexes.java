package io.sentinelforge.eval.scalar;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.sentinelforge.eval.EvaluationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Compiles user regexes with RE2J (linear time) and caches the most recent ones. */
public final class Regexes {

  private static final int CACHE_SIZE = 256;

  private static final Map<String, Pattern> CACHE =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
              return size() > CACHE_SIZE;
            }
          });

  private Regexes() {}

  /** The compiled pattern; an invalid one is a query error naming the pattern. */
  public static Pattern compile(String regex) {
    Pattern cached = CACHE.get(regex);
    if (cached != null) {
      return cached;
    }
    try {
      Pattern pattern = Pattern.compile(regex);
      CACHE.put(regex, pattern);
      return pattern;
    } catch (PatternSyntaxException e) {
      throw new EvaluationException(
          "invalid regular expression '" + regex + "': " + e.getDescription());
    }
  }
}
