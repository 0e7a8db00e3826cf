package io.sentinelforge.content;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.LineIndex;
import io.sentinelforge.diag.SourceSpan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file read as strict UTF-8, or the diagnostic explaining why it could not be. */
record TextFile(String text, Diagnostic problem) {

  static TextFile read(Path path) {
    String file = path.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException error) {
      return new TextFile(
          null,
          Diagnostic.error(
              ContentCodes.UNREADABLE_FILE,
              "cannot read file: " + error,
              SourceSpan.at(file, 1, 1)));
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new TextFile(text, null);
    } catch (CharacterCodingException notUtf8) {
      String lenient = new String(bytes, StandardCharsets.UTF_8);
      int bad = Math.max(0, lenient.indexOf('\uFFFD'));
      LineIndex lines = LineIndex.of(lenient);
      return new TextFile(
          null,
          Diagnostic.error(
              ContentCodes.NOT_UTF8,
              "file is not valid UTF-8; save it as UTF-8",
              lines.span(file, bad, bad)));
    }
  }
}
