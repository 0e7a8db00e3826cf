package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * {@code gzip_*}/{@code zlib_*} compression to and from base64. Decompression output is capped so a
 * small input cannot expand without bound; an invalid input gives the empty string.
 */
final class CompressionFunctions {

  private static final int MAX_OUTPUT = 64 * 1024 * 1024;

  private CompressionFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("gzip_compress_to_base64_string", 1, a -> compress(text(a, 0), true));
    registry.fixed("zlib_compress_to_base64_string", 1, a -> compress(text(a, 0), false));
    registry.fixed("gzip_decompress_from_base64_string", 1, a -> decompress(text(a, 0), true));
    registry.fixed("zlib_decompress_from_base64_string", 1, a -> decompress(text(a, 0), false));
  }

  private static Value compress(String text, boolean gzip) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : new DeflaterOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("in-memory compression failed", e);
    }
    return Values.of(Base64.getEncoder().encodeToString(bytes.toByteArray()));
  }

  private static Value decompress(String base64, boolean gzip) {
    try {
      byte[] compressed = Base64.getDecoder().decode(base64);
      InputStream raw = new ByteArrayInputStream(compressed);
      try (InputStream in = gzip ? new GZIPInputStream(raw) : new InflaterInputStream(raw)) {
        byte[] out = in.readNBytes(MAX_OUTPUT + 1);
        if (out.length > MAX_OUTPUT) {
          throw Arguments.invalid("decompress", "output exceeds " + MAX_OUTPUT + " bytes");
        }
        return Values.of(new String(out, StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException | IOException e) {
      return Values.EMPTY_STRING;
    }
  }
}
