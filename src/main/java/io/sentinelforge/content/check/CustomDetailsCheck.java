package io.sentinelforge.content.check;

import com.google.re2j.Pattern;
import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.yaml.YamlEntry;
import io.sentinelforge.content.yaml.YamlMapping;
import io.sentinelforge.content.yaml.YamlScalar;

/**
 * Rule 13: at most 20 custom details; keys at most 20 characters matching {@code [a-zA-Z]+\w*};
 * values are column names of at most 500 characters.
 */
public final class CustomDetailsCheck implements FileCheck {

  private static final Pattern KEY = Pattern.compile("^[a-zA-Z]+\\w*$");

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (target.rule().isEmpty()) {
      return;
    }
    target
        .source()
        .node("customDetails")
        .filter(YamlMapping.class::isInstance)
        .map(YamlMapping.class::cast)
        .ifPresent(details -> checkDetails(details, findings));
  }

  private static void checkDetails(YamlMapping details, Findings findings) {
    if (details.entries().size() > 20) {
      findings.error(
          ContentCodes.CUSTOM_DETAILS,
          "customDetails has " + details.entries().size() + " entries; the limit is 20",
          details.span());
    }
    for (YamlEntry entry : details.entries()) {
      String key = entry.name();
      if (key.length() > 20 || !KEY.matcher(key).matches()) {
        findings.error(
            ContentCodes.CUSTOM_DETAILS,
            "custom detail key '"
                + key
                + "' must start with a letter, contain only letters,"
                + " digits and _, and have at most 20 characters",
            entry.key().span());
      }
      if (entry.value() instanceof YamlScalar value && !value.isNull()) {
        String column = value.value();
        if (column.length() > 500 || !ColumnNameCheck.COLUMN.matcher(column).matches()) {
          findings.error(
              ContentCodes.CUSTOM_DETAILS,
              "custom detail '" + key + "' must name a query column, found '" + column + "'",
              value.span());
        }
      }
    }
  }
}
