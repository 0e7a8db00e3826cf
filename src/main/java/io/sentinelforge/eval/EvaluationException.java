package io.sentinelforge.eval;

/**
 * A query that cannot be evaluated as written (wrong argument count, an operator applied to types
 * it is not defined for, a limit exceeded). The message is for the user.
 */
public class EvaluationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EvaluationException(String message) {
    super(message);
  }
}
