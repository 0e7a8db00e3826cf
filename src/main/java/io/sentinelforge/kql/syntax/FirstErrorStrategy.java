package io.sentinelforge.kql.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Stops at the first syntax error and remembers where it was and what was expected there; recovery
 * would only produce follow-on errors that confuse more than they help.
 */
final class FirstErrorStrategy extends DefaultErrorStrategy {

  private Token offendingToken;
  private IntervalSet expected;
  private boolean predictionFailure;

  @Override
  public void recover(Parser recognizer, RecognitionException error) {
    remember(recognizer, error);
    throw new ParseCancellationException(error);
  }

  @Override
  public Token recoverInline(Parser recognizer) {
    InputMismatchException error = new InputMismatchException(recognizer);
    remember(recognizer, error);
    throw new ParseCancellationException(error);
  }

  @Override
  public void sync(Parser recognizer) {
    // Errors surface at the next match or prediction, which knows more about what was expected.
  }

  private void remember(Parser recognizer, RecognitionException error) {
    if (offendingToken != null) {
      return;
    }
    offendingToken =
        error.getOffendingToken() != null
            ? error.getOffendingToken()
            : recognizer.getCurrentToken();
    predictionFailure = !(error instanceof InputMismatchException);
    expected = error instanceof InputMismatchException ? recognizer.getExpectedTokens() : null;
    if (expected == null) {
      try {
        expected = error.getExpectedTokens();
      } catch (RuntimeException unavailable) {
        expected = new IntervalSet();
      }
    }
  }

  Token offendingToken() {
    return offendingToken;
  }

  IntervalSet expected() {
    return expected == null ? new IntervalSet() : expected;
  }

  boolean predictionFailure() {
    return predictionFailure;
  }
}
