package io.sentinelforge.render;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A string in a JSON tree that is an ARM expression we wrote ({@code [resourceId(...)]}), so {@link
 * JsonTreeWriter} writes it as is instead of escaping it as a literal.
 */
final class ArmExpressionNode extends TextNode {

  private static final long serialVersionUID = 1L;

  ArmExpressionNode(String expression) {
    super(expression);
    if (!JsonText.isArmExpression(expression)) {
      throw new IllegalArgumentException("not an ARM expression: " + expression);
    }
  }
}
