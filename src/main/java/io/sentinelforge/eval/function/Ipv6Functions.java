package io.sentinelforge.eval.function;

import io.sentinelforge.eval.scalar.StringOperators;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/** IPv6 functions; IPv4 arguments take part as IPv4-mapped IPv6 addresses. */
final class Ipv6Functions {

  private Ipv6Functions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("parse_ipv6", 1, a -> parsed(a.get(0), 128L));
    registry.fixed("parse_ipv6_mask", 2, a -> parsed(a.get(0), Arguments.integer(a, 1)));
    registry.scalar("ipv6_compare", 2, 3, (c, a) -> compare(a, false));
    registry.scalar("ipv6_is_match", 2, 3, (c, a) -> compare(a, true));
    registry.fixed("ipv6_is_in_range", 2, a -> inAnyRange(a.get(0), a.subList(1, 2)));
    registry.scalar(
        "ipv6_is_in_any_range",
        2,
        ScalarFunction.VARIADIC,
        (c, a) -> inAnyRange(a.get(0), a.subList(1, a.size())));
  }

  private static IpAddress address(Value value) {
    return IpAddress.parseIpv6(value.toKqlString());
  }

  private static Value parsed(Value value, Long prefix) {
    IpAddress ip = address(value);
    if (ip == null || prefix == null || prefix < 0 || prefix > 128) {
      return Values.EMPTY_STRING;
    }
    return Values.of(Ipv6Text.format(ip.masked((int) Math.min(prefix, ip.prefix()))));
  }

  private static Value compare(List<Value> arguments, boolean asMatch) {
    IpAddress a = address(arguments.get(0));
    IpAddress b = address(arguments.get(1));
    Long prefix = Arguments.integer(arguments, 2, 128L);
    if (a == null || b == null || prefix == null || prefix < 0 || prefix > 128) {
      return asMatch ? Values.NULL_BOOL : Values.NULL_LONG;
    }
    int length = (int) Math.min(prefix, Math.min(a.prefix(), b.prefix()));
    int order = IpAddress.compare(a, b, length);
    return asMatch ? Values.of(order == 0) : Values.of((long) order);
  }

  private static Value inAnyRange(Value ipValue, List<Value> ranges) {
    IpAddress ip = address(ipValue);
    if (ip == null) {
      return Values.NULL_BOOL;
    }
    for (Value range : StringOperators.flatten(ranges)) {
      IpAddress network = address(range);
      if (network == null) {
        return Values.NULL_BOOL;
      }
      if (IpAddress.compare(ip, network, Math.min(ip.prefix(), network.prefix())) == 0) {
        return Values.TRUE;
      }
    }
    return Values.FALSE;
  }
}
