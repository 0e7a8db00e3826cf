package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Punycode of whole domain names, label by label: {@code punycode_domain_to_string} encodes
 * (non-ASCII labels become {@code xn--…}) and {@code punycode_domain_from_string} decodes, as the
 * reference's examples show (the names read the other way round from {@code punycode_to_string}).
 * Labels are split at the IDNA full stops (. 。 ． ｡) and joined with '.'; letter case is kept and no
 * other mapping is applied (the reference encodes "Lê Lợi" as "xn--L Li-gpa4517b"). A label that
 * does not decode makes the result empty.
 */
final class PunycodeDomains {

  private static final String ACE_PREFIX = "xn--";

  private PunycodeDomains() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("punycode_domain_to_string", 1, a -> Values.of(encode(text(a, 0))));
    registry.fixed("punycode_domain_from_string", 1, a -> decode(text(a, 0)));
  }

  static String encode(String domain) {
    List<String> labels = new ArrayList<>();
    for (String label : labels(domain)) {
      boolean ascii = label.chars().allMatch(c -> c < 0x80);
      labels.add(ascii ? label : ACE_PREFIX + Punycode.encode(label));
    }
    return String.join(".", labels);
  }

  private static Value decode(String domain) {
    List<String> labels = new ArrayList<>();
    for (String label : labels(domain)) {
      if (!label.toLowerCase(Locale.ROOT).startsWith(ACE_PREFIX)) {
        labels.add(label);
        continue;
      }
      try {
        labels.add(Punycode.decode(label.substring(ACE_PREFIX.length())));
      } catch (IllegalArgumentException e) {
        return Values.EMPTY_STRING;
      }
    }
    return Values.of(String.join(".", labels));
  }

  private static List<String> labels(String domain) {
    List<String> labels = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < domain.length(); i++) {
      if (isFullStop(domain.charAt(i))) {
        labels.add(domain.substring(start, i));
        start = i + 1;
      }
    }
    labels.add(domain.substring(start));
    return labels;
  }

  private static boolean isFullStop(char c) {
    return c == '.' || c == '\u3002' || c == '\uFF0E' || c == '\uFF61';
  }
}
