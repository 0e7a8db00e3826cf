package io.sentinelforge.report;

import java.nio.charset.StandardCharsets;

/** Turns a file path into a SARIF {@code uri} (a URI reference with forward slashes). */
final class SarifUri {

  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/";

  private SarifUri() {}

  static String of(String path) {
    String slashes = path.replace('\\', '/');
    StringBuilder uri = new StringBuilder();
    if (slashes.startsWith("/")) {
      uri.append("file://");
    }
    for (byte b : slashes.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (b >= 0 && UNRESERVED.indexOf(c) >= 0) {
        uri.append(c);
      } else {
        uri.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return uri.toString();
  }
}
