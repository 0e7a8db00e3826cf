package io.sentinelforge.kql.syntax;

import io.sentinelforge.kql.syntax.KqlGrammarParser.BracketedNameContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.ColumnPatternContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.NameContext;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Reads names, bracketed names and wildcard column patterns from the parse tree. */
final class Names {

  private Names() {}

  static String of(NameContext context) {
    return context.identifier() != null
        ? context.identifier().getText()
        : bracketed(context.bracketedName());
  }

  static String bracketed(BracketedNameContext context) {
    return KqlStrings.value(context.stringLiteral().getText());
  }

  /** A wildcard pattern must be written without spaces: {@code Event*} but not {@code Event *}. */
  static NameReference pattern(ColumnPatternContext context) {
    Span span = Spans.of(context);
    if (context.bracketedName() != null) {
      return new NameReference(bracketed(context.bracketedName()), span);
    }
    Token previous = context.getStart();
    StringBuilder text = new StringBuilder(previous.getText());
    List<Token> tokens = tokensOf(context);
    for (int i = 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.getStartIndex() != previous.getStopIndex() + 1) {
        throw new SyntaxProblem(
            SyntaxCodes.UNEXPECTED_TOKEN,
            "unexpected '" + token.getText() + "': expected ',' between column names",
            Spans.of(token));
      }
      text.append(token.getText());
      previous = token;
    }
    return new NameReference(text.toString(), span);
  }

  private static List<Token> tokensOf(ColumnPatternContext context) {
    List<Token> tokens = new java.util.ArrayList<>();
    for (int i = 0; i < context.getChildCount(); i++) {
      var child = context.getChild(i);
      if (child instanceof org.antlr.v4.runtime.tree.TerminalNode terminal) {
        tokens.add(terminal.getSymbol());
      } else if (child instanceof org.antlr.v4.runtime.ParserRuleContext rule) {
        tokens.add(rule.getStart());
      }
    }
    return tokens;
  }
}
