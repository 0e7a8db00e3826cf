package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.yaml.YamlScalar;

/** Rules 1–2: name ≤ 256, description ≤ 5000 and query 1–10000 characters. */
public final class LengthCheck implements FileCheck {

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (!target.hasItem()) {
      return;
    }
    target
        .scalar("name")
        .ifPresent(s -> atMost(s, "name", 256, ContentCodes.NAME_LENGTH, findings));
    target
        .scalar("description")
        .ifPresent(s -> atMost(s, "description", 5000, ContentCodes.DESCRIPTION_LENGTH, findings));
    target
        .scalar("query")
        .ifPresent(s -> atMost(s, "query", 10000, ContentCodes.QUERY_LENGTH, findings));
  }

  private static void atMost(
      YamlScalar scalar, String field, int limit, String code, Findings findings) {
    int length = scalar.value().length();
    if (length > limit) {
      findings.error(
          code, field + " has " + length + " characters; the limit is " + limit, scalar.span());
    }
  }
}
