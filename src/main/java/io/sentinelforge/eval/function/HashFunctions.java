package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Conversions;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.IntValue;
import io.sentinelforge.eval.value.LongValue;
import io.sentinelforge.eval.value.RealValue;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code hash} (XXH64 of the value's bytes: UTF-8 for text, 8 little-endian bytes for numbers and
 * .NET datetime ticks) and the digest functions ({@code hash_md5}, {@code hash_sha1}, {@code
 * hash_sha256}) over the UTF-8 of {@code tostring}. Both were checked against documented outputs.
 */
final class HashFunctions {

  private HashFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("hash", 1, 2, (c, a) -> hash(a));
    registry.alias("hash_xxhash64", "hash");
    registry.fixed("hash_md5", 1, a -> digest("MD5", a.get(0)));
    registry.fixed("hash_sha1", 1, a -> digest("SHA-1", a.get(0)));
    registry.fixed("hash_sha256", 1, a -> digest("SHA-256", a.get(0)));
  }

  private static Value hash(List<Value> arguments) {
    Value value = arguments.get(0);
    if (value.isNull()) {
      return Values.NULL_LONG;
    }
    long hash = XxHash64.hash(bytes(value));
    if (arguments.size() < 2) {
      return Values.of(hash);
    }
    Long modulo = Arguments.integer(arguments, 1);
    return modulo == null || modulo <= 0
        ? Values.NULL_LONG
        : Values.of(Math.floorMod(hash, modulo));
  }

  private static byte[] bytes(Value value) {
    if (value instanceof DateTimeValue d) {
      return littleEndian(d.ticks() + Conversions.UNIX_EPOCH_NET_TICKS);
    }
    if (value instanceof LongValue l) {
      return littleEndian(l.value());
    }
    if (value instanceof IntValue i) {
      return littleEndian(i.value());
    }
    if (value instanceof TimespanValue t) {
      return littleEndian(t.ticks());
    }
    if (value instanceof RealValue r) {
      return littleEndian(Double.doubleToLongBits(r.value()));
    }
    return value.toKqlString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] littleEndian(long value) {
    byte[] bytes = new byte[8];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (value >>> (8 * i));
    }
    return bytes;
  }

  private static Value digest(String algorithm, Value value) {
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      byte[] hash = digest.digest(value.toKqlString().getBytes(StandardCharsets.UTF_8));
      return Values.of(HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK lacks " + algorithm, e);
    }
  }
}
