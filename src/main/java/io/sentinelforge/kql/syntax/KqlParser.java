package io.sentinelforge.kql.syntax;

import java.util.List;
import org.antlr.v4.runtime.ANTLRInputStream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses KQL query text into a {@link Query} syntax tree with syntax diagnostics. Thread-safe and
 * never throws for any input text.
 */
public final class KqlParser {

  private KqlParser() {}

  /** Parses one query; spans in the result are UTF-16 offsets into {@code text}. */
  public static ParseResult parse(String text) {
    try {
      return parseChecked(text);
    } catch (SyntaxProblem problem) {
      return failure(
          text, KqlDiagnostic.error(problem.code(), problem.getMessage(), problem.span()));
    } catch (StackOverflowError tooDeep) {
      return failure(
          text,
          KqlDiagnostic.error(
              SyntaxCodes.TOO_DEEP, "the query is nested too deeply to analyse", new Span(0, 0)));
    }
  }

  private static ParseResult parseChecked(String text) {
    @SuppressWarnings("deprecation") // the UTF-16 stream keeps Java String offsets
    ANTLRInputStream input = new ANTLRInputStream(text);
    KqlGrammarLexer lexer = new KqlGrammarLexer(input);
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    TokenChecks.checkNesting(tokens.getTokens());
    KqlGrammarParser parser = new KqlGrammarParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    KqlGrammarParser.QueryContext tree;
    try {
      tree = parser.query();
    } catch (ParseCancellationException sllFailed) {
      tokens.seek(0);
      parser.reset();
      FirstErrorStrategy strategy = new FirstErrorStrategy();
      parser.setErrorHandler(strategy);
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      try {
        tree = parser.query();
      } catch (ParseCancellationException llFailed) {
        return failure(text, ErrorMessages.describe(strategy, tokens.getTokens(), parser));
      }
    }
    TokenChecks.checkTreeDepth(tree);
    Query query = new KqlAstBuilder().statements.query(tree, text.length());
    return new ParseResult(text, query, List.of());
  }

  private static ParseResult failure(String text, KqlDiagnostic diagnostic) {
    return new ParseResult(text, null, List.of(diagnostic));
  }
}
