package io.sentinelforge.eval.function;

import java.math.BigInteger;

/** Parses and prints IPv6 text (RFC 4291 forms: {@code ::} compression, IPv4 tail). */
final class Ipv6Text {

  private Ipv6Text() {}

  /** The 128 bits of the address, or null when the text is not an IPv6 address. */
  static BigInteger parse(String text) {
    if (text.isEmpty() || text.indexOf(':') < 0) {
      return null;
    }
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    String head = gap >= 0 ? text.substring(0, gap) : text;
    String tail = gap >= 0 ? text.substring(gap + 2) : "";
    int[] headGroups = groups(head);
    int[] tailGroups = groups(tail);
    if (headGroups == null || tailGroups == null) {
      return null;
    }
    int total = headGroups.length + tailGroups.length;
    if (gap < 0 ? total != 8 : total > 7) {
      return null;
    }
    BigInteger bits = BigInteger.ZERO;
    for (int group : headGroups) {
      bits = bits.shiftLeft(16).or(BigInteger.valueOf(group));
    }
    bits = bits.shiftLeft(16 * (8 - total));
    for (int group : tailGroups) {
      bits = bits.shiftLeft(16).or(BigInteger.valueOf(group));
    }
    return bits;
  }

  private static int[] groups(String text) {
    if (text.isEmpty()) {
      return new int[0];
    }
    String[] parts = text.split(":", -1);
    int last = parts.length - 1;
    Long v4 = parts[last].contains(".") ? IpAddress.ipv4Bits(parts[last]) : null;
    if (parts[last].contains(".") && v4 == null) {
      return null;
    }
    int[] groups = new int[parts.length + (v4 != null ? 1 : 0)];
    for (int i = 0; i < parts.length - (v4 != null ? 1 : 0); i++) {
      String part = parts[i];
      if (part.isEmpty()
          || part.length() > 4
          || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        return null;
      }
      groups[i] = Integer.parseInt(part, 16);
    }
    if (v4 != null) {
      groups[last] = (int) (v4 >> 16);
      groups[last + 1] = (int) (v4 & 0xffff);
    }
    return groups;
  }

  /** The full form KQL's {@code parse_ipv6} prints: eight four-digit lowercase groups. */
  static String format(BigInteger bits) {
    StringBuilder out = new StringBuilder();
    for (int group = 7; group >= 0; group--) {
      int value = bits.shiftRight(16 * group).intValue() & 0xffff;
      out.append(String.format("%04x", value));
      if (group > 0) {
        out.append(':');
      }
    }
    return out.toString();
  }
}
