package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/** IPv4 functions: {@code parse_ipv4}, {@code ipv4_compare}, {@code ipv4_is_in_range}, … */
final class Ipv4Functions {

  private static final String[] PRIVATE_RANGES = {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"};

  private Ipv4Functions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("parse_ipv4", 1, a -> parsed(a.get(0), 32L));
    registry.fixed("parse_ipv4_mask", 2, a -> parsed(a.get(0), Arguments.integer(a, 1)));
    registry.scalar("ipv4_compare", 2, 3, (c, a) -> compare(a, false));
    registry.scalar("ipv4_is_match", 2, 3, (c, a) -> compare(a, true));
    registry.fixed("ipv4_is_in_range", 2, a -> inAnyRange(a.get(0), a.subList(1, 2)));
    registry.scalar(
        "ipv4_is_in_any_range",
        2,
        ScalarFunction.VARIADIC,
        (c, a) -> inAnyRange(a.get(0), a.subList(1, a.size())));
    registry.fixed("ipv4_is_private", 1, a -> isPrivate(a.get(0)));
    registry.fixed("ipv4_netmask_suffix", 1, a -> suffix(a.get(0)));
    registry.scalar("format_ipv4", 1, 2, (c, a) -> format(a, false));
    registry.fixed("format_ipv4_mask", 2, a -> format(a, true));
    registry.fixed("ipv4_range_to_cidr_list", 2, Ipv4Functions::cidrList);
    Ipv4TextSearch.register(registry);
  }

  /** An IPv4 argument: dotted text (with optional prefix) or a number holding the 32 bits. */
  static IpAddress address(Value value) {
    if (Numbers.isInteger(value)) {
      long bits = Numbers.asLongObject(value);
      return bits < 0 || bits > 0xffffffffL
          ? null
          : IpAddress.parseIpv4(IpAddress.formatIpv4(bits));
    }
    return value instanceof StringValue s ? IpAddress.parseIpv4(s.value()) : null;
  }

  private static Value parsed(Value value, Long prefix) {
    IpAddress ip = address(value);
    if (ip == null || prefix == null || prefix < 0 || prefix > 32) {
      return Values.NULL_LONG;
    }
    return Values.of(ip.masked((int) Math.min(prefix, ip.prefix())).longValue());
  }

  private static Value compare(List<Value> arguments, boolean asMatch) {
    IpAddress a = address(arguments.get(0));
    IpAddress b = address(arguments.get(1));
    Long prefix = Arguments.integer(arguments, 2, 32L);
    if (a == null || b == null || prefix == null || prefix < 0 || prefix > 32) {
      return asMatch ? Values.NULL_BOOL : Values.NULL_LONG;
    }
    int length = (int) Math.min(prefix, Math.min(a.prefix(), b.prefix()));
    int order = IpAddress.compare(a, b, length);
    return asMatch ? Values.of(order == 0) : Values.of((long) order);
  }

  static Value inAnyRange(Value ipValue, List<Value> ranges) {
    IpAddress ip = address(ipValue);
    if (ip == null) {
      return Values.NULL_BOOL;
    }
    for (Value range : io.sentinelforge.eval.scalar.StringOperators.flatten(ranges)) {
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

  private static Value isPrivate(Value value) {
    List<Value> ranges = new ArrayList<>();
    for (String range : PRIVATE_RANGES) {
      ranges.add(Values.of(range));
    }
    return inAnyRange(value, ranges);
  }

  private static Value suffix(Value value) {
    IpAddress ip = address(value);
    return ip == null ? Values.nullOf(KqlType.INT) : Values.ofInt(ip.prefix());
  }

  private static Value format(List<Value> arguments, boolean withMask) {
    IpAddress ip = address(arguments.get(0));
    Long prefix = Arguments.integer(arguments, 1, 32L);
    if (ip == null || prefix == null || prefix < 0 || prefix > 32) {
      return Values.EMPTY_STRING;
    }
    int length = (int) Math.min(prefix, ip.prefix());
    String text = IpAddress.formatIpv4(ip.masked(length).longValue());
    return Values.of(withMask ? text + "/" + length : text);
  }

  private static Value cidrList(List<Value> arguments) {
    IpAddress start = address(arguments.get(0));
    IpAddress end = address(arguments.get(1));
    if (start == null || end == null) {
      return Values.NULL_DYNAMIC;
    }
    long from = start.bits().longValue();
    long to = end.bits().longValue();
    List<Value> blocks = new ArrayList<>();
    while (from <= to) {
      int size = from == 0 ? 32 : Long.numberOfTrailingZeros(from);
      size = Math.min(size, 32);
      while (size > 0 && from + (1L << size) - 1 > to) {
        size--;
      }
      blocks.add(Values.of(IpAddress.formatIpv4(from) + "/" + (32 - size)));
      from += 1L << size;
    }
    return Values.array(blocks);
  }

  static String argumentText(List<Value> arguments, int index) {
    return text(arguments, index);
  }
}
