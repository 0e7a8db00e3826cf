package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;

/** {@code punycode_from_string}/{@code punycode_to_string}: RFC 3492 Punycode, written from it. */
final class Punycode {

  private static final int BASE = 36;
  private static final int TMIN = 1;
  private static final int TMAX = 26;
  private static final int SKEW = 38;
  private static final int DAMP = 700;
  private static final int INITIAL_BIAS = 72;
  private static final int INITIAL_N = 128;

  private Punycode() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("punycode_from_string", 1, a -> Values.of(encode(text(a, 0))));
    registry.fixed("punycode_to_string", 1, a -> decodeOrEmpty(text(a, 0)));
    PunycodeDomains.register(registry);
  }

  static String encode(String input) {
    int[] points = input.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    for (int point : points) {
      if (point < 0x80) {
        out.appendCodePoint(point);
      }
    }
    int basic = out.length();
    int handled = basic;
    if (basic > 0) {
      out.append('-');
    }
    int n = INITIAL_N;
    long delta = 0;
    int bias = INITIAL_BIAS;
    while (handled < points.length) {
      int next = Integer.MAX_VALUE;
      for (int point : points) {
        if (point >= n && point < next) {
          next = point;
        }
      }
      delta += (long) (next - n) * (handled + 1);
      n = next;
      for (int point : points) {
        if (point < n) {
          delta++;
        } else if (point == n) {
          long q = delta;
          for (int k = BASE; ; k += BASE) {
            int t = threshold(k, bias);
            if (q < t) {
              break;
            }
            out.append(digit((int) (t + (q - t) % (BASE - t))));
            q = (q - t) / (BASE - t);
          }
          out.append(digit((int) q));
          bias = adapt(delta, handled + 1, handled == basic);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
    return out.toString();
  }

  private static Value decodeOrEmpty(String input) {
    try {
      return Values.of(decode(input));
    } catch (IllegalArgumentException e) {
      return Values.EMPTY_STRING;
    }
  }

  static String decode(String input) {
    int dash = input.lastIndexOf('-');
    StringBuilder out = new StringBuilder(dash > 0 ? input.substring(0, dash) : "");
    int[] points = out.codePoints().toArray();
    java.util.List<Integer> output = new java.util.ArrayList<>();
    for (int point : points) {
      output.add(point);
    }
    int n = INITIAL_N;
    int bias = INITIAL_BIAS;
    long i = 0;
    for (int at = dash > 0 ? dash + 1 : 0; at < input.length(); ) {
      long old = i;
      long weight = 1;
      for (int k = BASE; ; k += BASE) {
        if (at >= input.length()) {
          throw new IllegalArgumentException("truncated punycode");
        }
        int digit = value(input.charAt(at++));
        i += digit * weight;
        int t = threshold(k, bias);
        if (digit < t) {
          break;
        }
        weight *= BASE - t;
      }
      bias = adapt(i - old, output.size() + 1, old == 0);
      n += (int) (i / (output.size() + 1));
      i %= output.size() + 1;
      output.add((int) i, n);
      i++;
    }
    StringBuilder decoded = new StringBuilder();
    output.forEach(decoded::appendCodePoint);
    return decoded.toString();
  }

  private static int threshold(int k, int bias) {
    return k <= bias ? TMIN : Math.min(TMAX, k - bias);
  }

  private static int adapt(long delta, int points, boolean first) {
    delta = first ? delta / DAMP : delta / 2;
    delta += delta / points;
    int k = 0;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
      delta /= BASE - TMIN;
      k += BASE;
    }
    return (int) (k + (BASE - TMIN + 1) * delta / (delta + SKEW));
  }

  private static char digit(int d) {
    return (char) (d < 26 ? 'a' + d : '0' + d - 26);
  }

  private static int value(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 26;
    }
    throw new IllegalArgumentException("not a punycode digit: " + c);
  }
}
