package io.sentinelforge.content.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the non-comment lines of a catalogue shipped in the jar. */
final class ResourceLines {

  private ResourceLines() {}

  static List<String> read(String name) {
    String resource = "/io/sentinelforge/content/" + name;
    try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.trim());
        }
      }
      return lines;
    } catch (IOException error) {
      throw new UncheckedIOException(error);
    }
  }
}
