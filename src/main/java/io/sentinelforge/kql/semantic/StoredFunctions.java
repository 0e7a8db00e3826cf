package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.StoredFunction;

/** The row schema a content-declared function returns: its declared columns, else open. */
final class StoredFunctions {

  private StoredFunctions() {}

  static RowSchema schema(BindingContext context, StoredFunction function) {
    if (!function.resultColumns().isEmpty()) {
      return RowSchema.of(function.resultColumns());
    }
    return RowSchema.OPEN;
  }
}
