package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * {@code gzip_*}/{@code zlib_*} compression to and from base64. Decompression output is capped so a
 * small input cannot expand without bound; an invalid input gives the empty string.
 */
final class CompressionFunctions {

  private static final int MAX_OUTPUT = 64 * 1024 * 1024;
  private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private CompressionFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("gzip_compress_to_base64_string", 1, a -> gzip(text(a, 0)));
    registry.fixed("zlib_compress_to_base64_string", 1, a -> zlib(text(a, 0)));
    registry.fixed("gzip_decompress_from_base64_string", 1, a -> decompress(text(a, 0), true));
    registry.fixed("zlib_decompress_from_base64_string", 1, a -> decompress(text(a, 0), false));
  }

  private static Value zlib(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new DeflaterOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("in-memory compression failed", e);
    }
    return Values.of(Base64.getEncoder().encodeToString(bytes.toByteArray()));
  }

  /**
   * The documented engine output for a short string is a single stored block: when deflating does
   * not make the data smaller than it was, the engine keeps it uncompressed. The header has no
   * name, no time, and operating system "unknown" (0xFF), as in the documentation.
   */
  private static Value gzip(String text) {
    byte[] input = text.getBytes(StandardCharsets.UTF_8);
    byte[] deflated = deflate(input, Deflater.DEFAULT_COMPRESSION);
    byte[] body =
        deflated.length > input.length ? deflate(input, Deflater.NO_COMPRESSION) : deflated;
    ByteBuffer gzip = ByteBuffer.allocate(GZIP_HEADER.length + body.length + 8);
    gzip.put(GZIP_HEADER).put(body).order(ByteOrder.LITTLE_ENDIAN);
    CRC32 checksum = new CRC32();
    checksum.update(input);
    gzip.putInt((int) checksum.getValue()).putInt(input.length);
    return Values.of(Base64.getEncoder().encodeToString(gzip.array()));
  }

  private static byte[] deflate(byte[] input, int level) {
    Deflater deflater = new Deflater(level, true);
    try {
      deflater.setInput(input);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
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
