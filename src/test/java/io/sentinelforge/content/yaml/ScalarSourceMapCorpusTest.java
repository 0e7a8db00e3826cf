package io.sentinelforge.content.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every scalar of every real Azure-Sentinel file maps back to the file exactly. */
class ScalarSourceMapCorpusTest {

  @Test
  void everyCorpusScalarMapsCharacterForCharacter() throws IOException {
    Path corpus = SharedData.require("corpus");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    int scalars = 0;
    for (Path path : files) {
      String text = Files.readString(path);
      YamlParseResult result = YamlDocumentParser.parse(path.toString(), text);
      for (YamlScalar scalar : scalars(result.root().orElseThrow())) {
        assertExact(path, text, scalar);
        scalars++;
      }
    }
    assertTrue(scalars > 1000, "scalars checked: " + scalars);
  }

  static void assertExact(Object where, String text, YamlScalar scalar) {
    ScalarSourceMap map = (ScalarSourceMap) scalar.valueMap();
    assertTrue(map.exact(), () -> where + ": inexact map for " + scalar);
    String value = scalar.value();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\n' && c != ' ') {
        assertEquals(c, text.charAt(map.origin(i)), where + " char " + i + " of " + value);
      }
    }
  }

  static List<YamlScalar> scalars(YamlNode node) {
    List<YamlScalar> found = new ArrayList<>();
    collect(node, found);
    return found;
  }

  private static void collect(YamlNode node, List<YamlScalar> found) {
    if (node instanceof YamlScalar scalar) {
      found.add(scalar);
    } else if (node instanceof YamlSequence sequence) {
      sequence.items().forEach(item -> collect(item, found));
    } else if (node instanceof YamlMapping mapping) {
      for (YamlEntry entry : mapping.entries()) {
        found.add(entry.key());
        collect(entry.value(), found);
      }
    }
  }
}
