package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.scalar.StringOperators;
import io.sentinelforge.eval.value.GuidValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Base64 and Unicode code point functions. */
final class EncodingFunctions {

  private EncodingFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("base64_encode_tostring", 1, a -> Values.of(encode(utf8(text(a, 0)))));
    registry.alias("base64_encodestring", "base64_encode_tostring");
    registry.fixed("base64_decode_tostring", 1, a -> decodeToString(text(a, 0)));
    registry.alias("base64_decodestring", "base64_decode_tostring");
    registry.fixed("base64_decode_toarray", 1, a -> decodeToArray(text(a, 0)));
    registry.fixed("base64_encode_fromarray", 1, a -> encodeArray(a.get(0)));
    registry.fixed("base64_decode_toguid", 1, a -> decodeToGuid(text(a, 0)));
    registry.fixed("base64_encode_fromguid", 1, a -> encodeGuid(a.get(0)));
    registry.fixed("unicode_codepoints_from_string", 1, a -> codepoints(text(a, 0)));
    registry.scalar(
        "unicode_codepoints_to_string", 1, ScalarFunction.VARIADIC, (c, a) -> fromCodepoints(a));
    registry.alias("make_string", "unicode_codepoints_to_string");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] decode(String text) {
    try {
      return text.length() % 4 != 0 ? null : Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Value decodeToString(String text) {
    byte[] bytes = decode(text);
    if (bytes == null) {
      return Values.EMPTY_STRING;
    }
    try {
      return Values.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Values.EMPTY_STRING;
    }
  }

  private static Value decodeToArray(String text) {
    byte[] bytes = decode(text);
    if (bytes == null) {
      return Values.NULL_DYNAMIC;
    }
    List<Value> out = new ArrayList<>();
    for (byte b : bytes) {
      out.add(Values.of((long) (b & 0xFF)));
    }
    return Values.array(out);
  }

  private static Value encodeArray(Value value) {
    List<Value> elements = Arguments.array(List.of(value), 0);
    if (elements == null) {
      return Values.EMPTY_STRING;
    }
    byte[] bytes = new byte[elements.size()];
    for (int i = 0; i < bytes.length; i++) {
      Long b = Numbers.asLongObject(elements.get(i));
      if (b == null || b < 0 || b > 255) {
        return Values.EMPTY_STRING;
      }
      bytes[i] = b.byteValue();
    }
    return Values.of(encode(bytes));
  }

  /** .NET's Guid byte order: the first three groups little-endian, the rest as written. */
  private static byte[] dotNetBytes(UUID guid) {
    ByteBuffer buffer = ByteBuffer.allocate(16);
    long high = guid.getMostSignificantBits();
    buffer.order(ByteOrder.LITTLE_ENDIAN).putInt((int) (high >>> 32));
    buffer.putShort((short) (high >>> 16)).putShort((short) high);
    buffer.order(ByteOrder.BIG_ENDIAN).putLong(guid.getLeastSignificantBits());
    return buffer.array();
  }

  private static Value encodeGuid(Value value) {
    return value instanceof GuidValue g
        ? Values.of(encode(dotNetBytes(g.value())))
        : Values.EMPTY_STRING;
  }

  private static Value decodeToGuid(String text) {
    byte[] bytes = decode(text);
    if (bytes == null || bytes.length != 16) {
      return Values.nullOf(KqlType.GUID);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long first = buffer.getInt() & 0xFFFFFFFFL;
    long second = buffer.getShort() & 0xFFFFL;
    long third = buffer.getShort() & 0xFFFFL;
    long low = buffer.order(ByteOrder.BIG_ENDIAN).getLong();
    return Values.of(new UUID(first << 32 | second << 16 | third, low));
  }

  private static Value codepoints(String text) {
    List<Value> out = new ArrayList<>();
    text.codePoints().forEach(cp -> out.add(Values.of((long) cp)));
    return Values.array(out);
  }

  private static Value fromCodepoints(List<Value> arguments) {
    StringBuilder out = new StringBuilder();
    for (Value value : StringOperators.flatten(arguments)) {
      Long cp = Numbers.asLongObject(value);
      if (cp == null || cp < 0 || cp > Character.MAX_CODE_POINT) {
        return Values.EMPTY_STRING;
      }
      out.appendCodePoint(cp.intValue());
    }
    return Values.of(out.toString());
  }
}
