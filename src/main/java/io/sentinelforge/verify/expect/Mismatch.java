package io.sentinelforge.verify.expect;

/** A field of an alert matcher that an alert does not satisfy. */
record Mismatch(String field, String expected, String actual) {

  String describe() {
    return field + " = " + expected + " (alert has " + actual + ")";
  }
}
