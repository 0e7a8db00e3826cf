package io.sentinelforge.kql.syntax;

import io.sentinelforge.diag.LineIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns the first parse error into one readable diagnostic with a stable code. */
final class ErrorMessages {

  private static final java.util.Set<String> OPERATOR_KEYWORDS =
      java.util.Set.of(
          "where",
          "filter",
          "project",
          "project-away",
          "project-keep",
          "project-rename",
          "project-reorder",
          "extend",
          "summarize",
          "join",
          "lookup",
          "mv-expand",
          "mv-apply",
          "parse",
          "parse-where",
          "parse-kv",
          "make-series",
          "sort",
          "order",
          "top",
          "take",
          "distinct",
          "getschema",
          "invoke",
          "evaluate",
          "render",
          "serialize",
          "sample",
          "sample-distinct");

  private final List<Token> tokens;
  private final Parser parser;
  private final Token offending;
  private final IntervalSet expected;
  private final LineIndex lines;

  private ErrorMessages(FirstErrorStrategy strategy, List<Token> tokens, Parser parser) {
    this.tokens = tokens;
    this.parser = parser;
    this.offending = strategy.offendingToken();
    this.expected = strategy.expected();
    this.lines = LineIndex.of(parser.getInputStream().getTokenSource().getInputStream().toString());
  }

  static KqlDiagnostic describe(FirstErrorStrategy strategy, List<Token> tokens, Parser parser) {
    return new ErrorMessages(strategy, tokens, parser).describe();
  }

  private KqlDiagnostic describe() {
    Span at = Spans.of(offending);
    int type = offending.getType();
    if (type == KqlGrammarLexer.UNTERMINATED_STRING) {
      return KqlDiagnostic.error(
          SyntaxCodes.UNTERMINATED_STRING,
          "unterminated string literal: the closing quote is missing",
          at);
    }
    if (type == KqlGrammarLexer.UNEXPECTED_CHARACTER) {
      return KqlDiagnostic.error(
          SyntaxCodes.UNEXPECTED_CHARACTER,
          "unexpected character " + quoted(offending.getText()),
          at);
    }
    Token previous = previousToken();
    at = missingPosition(previous, at);
    Deque<Token> open = openBrackets();
    KqlDiagnostic bracket = bracketProblem(open, at);
    if (bracket != null) {
      return bracket;
    }
    if (previous != null && previous.getText().equals("|")) {
      return KqlDiagnostic.error(
          SyntaxCodes.UNKNOWN_OPERATOR,
          "expected a query operator after '|', found " + describe(offending),
          at);
    }
    if (expectsExpression() && !startsExpression(offending)) {
      String after = previous == null ? "" : " after " + quoted(previous.getText());
      return KqlDiagnostic.error(
          SyntaxCodes.MISSING_EXPRESSION,
          "expected an expression" + after + ", found " + describe(offending),
          at);
    }
    if (type == Token.EOF) {
      return KqlDiagnostic.error(
          SyntaxCodes.UNEXPECTED_END, "unexpected end of query" + expectation(), at);
    }
    if (previous != null && OPERATOR_KEYWORDS.contains(offending.getText())) {
      return KqlDiagnostic.error(
          SyntaxCodes.UNEXPECTED_TOKEN,
          "expected '|' before the " + quoted(offending.getText()) + " operator",
          at);
    }
    if (open.isEmpty() && letWithoutSemicolon(previous)) {
      return KqlDiagnostic.error(
          SyntaxCodes.MISSING_SEMICOLON,
          "expected ';' after the let statement before " + describe(offending),
          at);
    }
    return KqlDiagnostic.error(
        SyntaxCodes.UNEXPECTED_TOKEN, "unexpected " + describe(offending) + expectation(), at);
  }

  /**
   * Something missing is reported right after the last good token, like Kusto does, so the error
   * stays on the line where the missing text belongs rather than on the next line.
   */
  private Span missingPosition(Token previous, Span at) {
    if (previous == null || previous.getLine() == offending.getLine()) {
      return at;
    }
    int end = previous.getStopIndex() + 1;
    return new Span(end, end);
  }

  private KqlDiagnostic bracketProblem(Deque<Token> open, Span at) {
    String text = offending.getText();
    boolean closing = text.equals(")") || text.equals("]") || text.equals("}");
    if (closing && open.isEmpty()) {
      return KqlDiagnostic.error(
          SyntaxCodes.UNMATCHED_CLOSING_BRACKET,
          "unexpected " + quoted(text) + " without a matching opening bracket",
          at);
    }
    if (open.isEmpty()) {
      return null;
    }
    Token innermost = open.peek();
    String close = closerOf(innermost.getText());
    boolean wrongCloser = closing && !text.equals(close);
    if (offending.getType() == Token.EOF || wrongCloser || expectsOnly(close)) {
      String found = offending.getType() == Token.EOF ? "" : ", found " + describe(offending);
      return KqlDiagnostic.error(
          SyntaxCodes.UNCLOSED_BRACKET,
          "expected "
              + quoted(close)
              + " to close "
              + quoted(innermost.getText())
              + " opened at "
              + position(innermost)
              + found,
          at);
    }
    return null;
  }

  private boolean expectsOnly(String close) {
    int closeType = typeOf(close);
    return closeType > 0
        && expected.contains(closeType)
        && !startsExpression(offending)
        && !offending.getText().equals(",");
  }

  private Deque<Token> openBrackets() {
    Deque<Token> open = new ArrayDeque<>();
    for (Token token : tokens) {
      if (token.getTokenIndex() >= offending.getTokenIndex()) {
        break;
      }
      String text = token.getText();
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (text.equals("(") || text.equals("[") || text.equals("{")) {
        open.push(token);
      } else if (!open.isEmpty() && text.equals(closerOf(open.peek().getText()))) {
        open.pop();
      }
    }
    return open;
  }

  private boolean letWithoutSemicolon(Token previous) {
    if (previous == null || previous.getLine() == offending.getLine()) {
      return false;
    }
    for (int i = offending.getTokenIndex() - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (token.getText().equals(";")) {
        return false;
      }
      if (token.getText().equals("let") && startsStatement(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsStatement(int index) {
    for (int i = index - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        return token.getText().equals(";") || token.getText().equals("{");
      }
    }
    return true;
  }

  private boolean expectsExpression() {
    return expected.contains(KqlGrammarLexer.IDENTIFIER)
        && expected.contains(KqlGrammarLexer.STRING);
  }

  private static boolean startsExpression(Token token) {
    int type = token.getType();
    if (type == KqlGrammarLexer.IDENTIFIER
        || type == KqlGrammarLexer.STRING
        || type == KqlGrammarLexer.INTEGER
        || type == KqlGrammarLexer.REAL
        || type == KqlGrammarLexer.TIMESPAN
        || type == KqlGrammarLexer.TYPED_LITERAL) {
      return true;
    }
    String text = token.getText();
    return text.equals("(")
        || text.equals("-")
        || text.equals("+")
        || text.equals("[")
        || Character.isLetter(text.isEmpty() ? ' ' : text.charAt(0));
  }

  private Token previousToken() {
    for (int i = offending.getTokenIndex() - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        return token;
      }
    }
    return null;
  }

  private String expectation() {
    List<String> names = new ArrayList<>();
    for (int type : expected.toList()) {
      names.add(parser.getVocabulary().getDisplayName(type));
      if (names.size() > 4) {
        return "";
      }
    }
    if (names.isEmpty()) {
      return "";
    }
    String last = names.remove(names.size() - 1);
    String list = names.isEmpty() ? last : String.join(", ", names) + " or " + last;
    return ": expected " + list.replace("IDENTIFIER", "a name").replace("STRING", "a string");
  }

  private int typeOf(String literal) {
    for (int type = 1; type <= parser.getVocabulary().getMaxTokenType(); type++) {
      if (("'" + literal + "'").equals(parser.getVocabulary().getLiteralName(type))) {
        return type;
      }
    }
    return -1;
  }

  private String position(Token token) {
    return lines.line(token.getStartIndex()) + ":" + lines.column(token.getStartIndex());
  }

  private static String closerOf(String opener) {
    return opener.equals("(") ? ")" : opener.equals("[") ? "]" : "}";
  }

  private static String describe(Token token) {
    if (token.getType() == Token.EOF) {
      return "the end of the query";
    }
    return quoted(token.getText());
  }

  private static String quoted(String text) {
    String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
    return "'" + shown.replace("\n", "\\n") + "'";
  }
}
