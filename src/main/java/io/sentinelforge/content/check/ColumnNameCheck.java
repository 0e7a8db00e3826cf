package io.sentinelforge.content.check;

import com.google.re2j.Pattern;
import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.yaml.YamlScalar;

/**
 * Rule 11: entity {@code columnName} is at most 500 characters and matches {@code [a-zA-Z_]+\w*}.
 */
public final class ColumnNameCheck implements FileCheck {

  static final Pattern COLUMN = Pattern.compile("^[a-zA-Z_]+\\w*$");

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (target.rule().isEmpty()) {
      return;
    }
    int entities = target.items("entityMappings").size();
    for (int i = 0; i < entities; i++) {
      String path = "entityMappings[" + i + "].fieldMappings";
      int fields = target.items(path).size();
      for (int j = 0; j < fields; j++) {
        String field = path + "[" + j + "]";
        target
            .scalar(field + ".columnName")
            .ifPresentOrElse(
                column -> checkColumn(column, findings),
                () ->
                    findings.error(
                        ContentCodes.COLUMN_NAME,
                        "field mapping needs a 'columnName'",
                        target.span(field)));
      }
    }
  }

  private static void checkColumn(YamlScalar column, Findings findings) {
    String name = column.value();
    if (name.length() > 500 || !COLUMN.matcher(name).matches()) {
      findings.error(
          ContentCodes.COLUMN_NAME,
          "columnName '"
              + name
              + "' must be a column name (letters, digits, _; at most 500"
              + " characters, not starting with a digit)",
          column.span());
    }
  }
}
