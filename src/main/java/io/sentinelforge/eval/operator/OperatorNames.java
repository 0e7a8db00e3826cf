package io.sentinelforge.eval.operator;

import io.sentinelforge.kql.syntax.QueryOperator;

/** The KQL spelling of an operator node ({@code ProjectAwayOperator} → {@code project-away}). */
final class OperatorNames {

  private OperatorNames() {}

  static String of(QueryOperator operator) {
    String simple = operator.getClass().getSimpleName().replace("Operator", "");
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        name.append('-');
      }
      name.append(Character.toLowerCase(c));
    }
    String kql = name.toString();
    switch (kql) {
      case "data-table":
        return "datatable";
      case "external-data":
        return "externaldata";
      case "get-schema":
        return "getschema";
      default:
        return kql;
    }
  }
}
