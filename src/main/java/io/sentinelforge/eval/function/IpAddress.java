package io.sentinelforge.eval.function;

import java.math.BigInteger;

/**
 * An IP address with a prefix length, as the {@code ipv4_*}/{@code ipv6_*} functions read them:
 * {@code a.b.c.d[/n]} or an IPv6 text (with {@code ::} and an embedded IPv4 tail) {@code [/n]}.
 * IPv6 functions see an IPv4 address as {@code ::ffff:a.b.c.d} with its prefix shifted by 96.
 */
record IpAddress(BigInteger bits, int prefix, boolean ipv4) {

  static final BigInteger V4_MAPPED = BigInteger.valueOf(0xffffL).shiftLeft(32);

  /** An IPv4 address (and optional prefix ≤ 32), or null when the text is not one. */
  static IpAddress parseIpv4(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    Integer prefix = 32;
    if (slash >= 0) {
      prefix = parsePrefix(trimmed.substring(slash + 1), 32);
      trimmed = trimmed.substring(0, slash);
    }
    Long address = ipv4Bits(trimmed);
    if (address == null || prefix == null) {
      return null;
    }
    return new IpAddress(BigInteger.valueOf(address), prefix, true);
  }

  /** An IPv6 (or IPv4, mapped) address with prefix ≤ 128, or null when the text is neither. */
  static IpAddress parseIpv6(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    String prefixText = slash >= 0 ? trimmed.substring(slash + 1) : null;
    String address = slash >= 0 ? trimmed.substring(0, slash) : trimmed;
    Long v4 = ipv4Bits(address);
    if (v4 != null) {
      Integer prefix = prefixText == null ? 32 : parsePrefix(prefixText, 32);
      return prefix == null
          ? null
          : new IpAddress(V4_MAPPED.or(BigInteger.valueOf(v4)), prefix + 96, false);
    }
    BigInteger bits = Ipv6Text.parse(address);
    Integer prefix = prefixText == null ? 128 : parsePrefix(prefixText, 128);
    return bits == null || prefix == null ? null : new IpAddress(bits, prefix, false);
  }

  static Long ipv4Bits(String text) {
    String[] octets = text.split("\\.", -1);
    if (octets.length != 4) {
      return null;
    }
    long bits = 0;
    for (String octet : octets) {
      if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)) {
        return null;
      }
      int value = Integer.parseInt(octet);
      if (value > 255) {
        return null;
      }
      bits = bits << 8 | value;
    }
    return bits;
  }

  private static Integer parsePrefix(String text, int max) {
    if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int prefix = Integer.parseInt(text);
    return prefix > max ? null : prefix;
  }

  int width() {
    return ipv4 ? 32 : 128;
  }

  /** The address with every bit after {@code length} cleared. */
  BigInteger masked(int length) {
    int clear = width() - length;
    return bits.shiftRight(clear).shiftLeft(clear);
  }

  /** Compares two addresses of one family on their first {@code length} bits. */
  static int compare(IpAddress a, IpAddress b, int length) {
    return Integer.signum(a.masked(length).compareTo(b.masked(length)));
  }

  static String formatIpv4(long bits) {
    return (bits >> 24 & 255)
        + "."
        + (bits >> 16 & 255)
        + "."
        + (bits >> 8 & 255)
        + "."
        + (bits & 255);
  }
}
