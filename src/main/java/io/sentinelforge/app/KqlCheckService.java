package io.sentinelforge.app;

import io.sentinelforge.content.ContentLoader;
import io.sentinelforge.content.LoadedFile;
import io.sentinelforge.content.QueryText;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceMap;
import io.sentinelforge.diag.SourceSpan;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.KqlParser;
import io.sentinelforge.kql.syntax.ParseResult;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code kql check}: checks the KQL of {@code .kql}/{@code .csl} files (the whole file is one
 * query) and of YAML content files (their {@code query:}), reporting in the files' own positions.
 */
public final class KqlCheckService {

  private final KqlCheckLevel level;

  /** A service checking at the given level. */
  public KqlCheckService(KqlCheckLevel level) {
    this.level = level;
  }

  /** Checks one query; the diagnostics are relative to the query text. */
  public List<KqlDiagnostic> checkQuery(String text) {
    ParseResult parsed = KqlParser.parse(text);
    if (!parsed.ok()) {
      return parsed.diagnostics();
    }
    return level.check(parsed);
  }

  /** Checks files; a missing or unreadable file is an I/O exception (a usage error). */
  public KqlCheckResult checkFiles(List<Path> files) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    int queries = 0;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new java.nio.file.NoSuchFileException(file.toString());
      }
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        queries += checkYaml(file, diagnostics);
      } else {
        String text = read(file);
        if (text == null) {
          diagnostics.add(
              Diagnostic.error(
                  "KQL091", "the file is not UTF-8 text", SourceSpan.ofFile(file.toString())));
          continue;
        }
        diagnostics.addAll(map(checkQuery(text), SourceMap.identity(file.toString(), text)));
        queries++;
      }
    }
    return new KqlCheckResult(files.size(), queries, diagnostics);
  }

  private int checkYaml(Path file, List<Diagnostic> diagnostics) {
    LoadedFile loaded = new ContentLoader().load(file);
    for (Diagnostic problem : loaded.diagnostics()) {
      if (problem.isError()) {
        diagnostics.add(problem);
      }
    }
    if (loaded.item().isEmpty() || loaded.item().get().query() == null) {
      if (loaded.diagnostics().stream().noneMatch(Diagnostic::isError)) {
        diagnostics.add(
            Diagnostic.warning(
                "KQL090", "no query: found in this file", SourceSpan.ofFile(file.toString())));
      }
      return 0;
    }
    QueryText query = loaded.item().get().query();
    diagnostics.addAll(map(checkQuery(query.text()), query.sourceMap()));
    return 1;
  }

  private static List<Diagnostic> map(List<KqlDiagnostic> diagnostics, SourceMap sourceMap) {
    List<Diagnostic> mapped = new ArrayList<>(diagnostics.size());
    for (KqlDiagnostic diagnostic : diagnostics) {
      mapped.add(diagnostic.toDiagnostic(sourceMap));
    }
    return mapped;
  }

  /** The file's text, or null when it is not UTF-8. */
  private static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }
}
