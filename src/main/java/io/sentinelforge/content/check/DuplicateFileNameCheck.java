package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.ContentSet;
import io.sentinelforge.content.LoadedFile;
import io.sentinelforge.diag.SourceSpan;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Rule 20: no two analytics rules share a file name, even in different folders. */
public final class DuplicateFileNameCheck implements ProjectCheck {

  @Override
  public void check(ContentSet content, Findings findings) {
    Map<String, LoadedFile> seen = new HashMap<>();
    for (LoadedFile file : content.files()) {
      if (file.analyticRule().isEmpty()) {
        continue;
      }
      String name = Path.of(file.file()).getFileName().toString().toLowerCase(Locale.ROOT);
      LoadedFile first = seen.putIfAbsent(name, file);
      if (first != null) {
        findings.error(
            ContentCodes.DUPLICATE_FILE_NAME,
            "file name is also used by " + first.file() + "; rule file names must be unique",
            SourceSpan.at(file.file(), 1, 1));
      }
    }
  }
}
