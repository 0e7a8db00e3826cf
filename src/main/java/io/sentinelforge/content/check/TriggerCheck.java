package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.TriggerOperator;

/** Rule 16: triggerOperator is one of the 8 spellings and triggerThreshold is 0–10000. */
public final class TriggerCheck implements FileCheck {

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (target.rule().isEmpty()) {
      return;
    }
    target
        .scalar("triggerOperator")
        .filter(op -> TriggerOperator.parse(op.value()).isEmpty())
        .ifPresent(
            op ->
                findings.error(
                    ContentCodes.TRIGGER,
                    "triggerOperator '"
                        + op.value()
                        + "' is not one of gt, lt, eq, ne "
                        + "(or GreaterThan, LessThan, Equal, NotEqual)",
                    op.span()));
    target
        .scalar("triggerThreshold")
        .ifPresent(
            threshold -> {
              Long value = parse(threshold.value());
              if (value != null && (value < 0 || value > 10000)) {
                findings.error(
                    ContentCodes.TRIGGER,
                    "triggerThreshold " + value + " is out of range; it must be from 0 to 10000",
                    threshold.span());
              }
            });
  }

  private static Long parse(String text) {
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException notANumber) {
      return null; // reported by StructureCheck as a wrong type
    }
  }
}
