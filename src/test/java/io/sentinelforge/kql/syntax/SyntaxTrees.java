package io.sentinelforge.kql.syntax;

import java.lang.reflect.RecordComponent;
import java.util.List;

/** Structural comparison of syntax trees that ignores spans (for round-trip tests). */
final class SyntaxTrees {

  private SyntaxTrees() {}

  /** Null when equal, else a path to the first difference. */
  static String difference(Object left, Object right, String path) {
    if (left == null || right == null) {
      return left == right ? null : path + ": " + left + " vs " + right;
    }
    if (left.getClass() != right.getClass()) {
      return path
          + ": "
          + left.getClass().getSimpleName()
          + " vs "
          + right.getClass().getSimpleName();
    }
    if (left instanceof List<?> leftList) {
      List<?> rightList = (List<?>) right;
      if (leftList.size() != rightList.size()) {
        return path + ": " + leftList.size() + " items vs " + rightList.size();
      }
      for (int i = 0; i < leftList.size(); i++) {
        String found = difference(leftList.get(i), rightList.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (left.getClass().isRecord() && !(left instanceof Span)) {
      return recordDifference(left, right, path);
    }
    return left.equals(right) ? null : path + ": " + left + " vs " + right;
  }

  private static String recordDifference(Object left, Object right, String path) {
    for (RecordComponent component : left.getClass().getRecordComponents()) {
      if (component.getType() == Span.class) {
        continue;
      }
      try {
        Object a = component.getAccessor().invoke(left);
        Object b = component.getAccessor().invoke(right);
        String found =
            difference(
                a, b, path + "." + left.getClass().getSimpleName() + "." + component.getName());
        if (found != null) {
          return found;
        }
      } catch (ReflectiveOperationException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
    return null;
  }
}
