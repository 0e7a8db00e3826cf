package io.sentinelforge.cli;

import io.sentinelforge.app.KqlCheckLevel;
import io.sentinelforge.app.KqlCheckResult;
import io.sentinelforge.app.KqlCheckService;
import io.sentinelforge.app.KqlJsonlCheck;
import io.sentinelforge.app.SemanticCheckLevel;
import io.sentinelforge.report.DiagnosticReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kql check FILE…} and {@code kql check --jsonl IN.jsonl}: KQL syntax (and semantic) checks.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks KQL in .kql/.csl files (one query per file) and YAML rules/hunting queries.",
      "With --jsonl, reads {\"id\",\"query\"} lines ('-' for stdin) and writes one JSON result line each.",
      "Exit 0 without errors, 1 with errors, 2 on usage or I/O errors."
    })
public final class KqlCheckCommand implements Callable<Integer> {

  /** Check depths. */
  enum Level {
    syntax,
    semantic
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = ".kql, .csl, .yaml or .yml files")
  List<Path> files = List.of();

  @Option(names = "--jsonl", paramLabel = "IN.jsonl", description = "JSON Lines input ('-': stdin)")
  String jsonl;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "syntax (default) or semantic (names and types against built-in schemas)")
  Level level = Level.syntax;

  @Option(
      names = "--schema",
      paramLabel = "FILE",
      description = "with --level semantic: add the tables of FILE (tables.json form)")
  Path schema;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    KqlCheckService service;
    try {
      service = new KqlCheckService(checkLevel());
    } catch (IOException badSchema) {
      err.println("error: " + badSchema.getMessage());
      return ExitCodes.USAGE_OR_IO;
    }
    try {
      if (jsonl != null) {
        return jsonLines(service);
      }
      if (files.isEmpty()) {
        err.println("error: give FILE… or --jsonl IN.jsonl");
        return ExitCodes.USAGE_OR_IO;
      }
      KqlCheckResult result = service.checkFiles(files);
      PrintWriter out = spec.commandLine().getOut();
      out.print(DiagnosticReport.text(result.diagnostics(), result.fileCount()));
      out.flush();
      return result.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    } catch (NoSuchFileException missing) {
      err.println("error: " + missing.getFile() + ": no such file");
      return ExitCodes.USAGE_OR_IO;
    } catch (IOException io) {
      err.println("error: " + io.getMessage());
      return ExitCodes.USAGE_OR_IO;
    }
  }

  private KqlCheckLevel checkLevel() throws IOException {
    if (level != Level.semantic) {
      return KqlCheckLevel.SYNTAX;
    }
    return schema == null ? new SemanticCheckLevel() : SemanticCheckLevel.withSchemaFile(schema);
  }

  private int jsonLines(KqlCheckService service) throws IOException {
    BufferedReader in =
        jsonl.equals("-")
            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(Path.of(jsonl), StandardCharsets.UTF_8);
    try (in) {
      int failed = new KqlJsonlCheck(service).run(in, spec.commandLine().getOut());
      return failed > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
  }
}
