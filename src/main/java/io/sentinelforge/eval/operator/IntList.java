package io.sentinelforge.eval.operator;

import java.util.Arrays;

/** A growable list of ints without boxing (row indexes). */
final class IntList {

  private int[] values;
  private int size;

  IntList(int capacity) {
    values = new int[Math.max(capacity, 2)];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length + (values.length >> 1) + 1);
    }
    values[size++] = value;
  }

  int get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }

  /** The backing array; valid up to {@link #size()}. */
  int[] array() {
    return values;
  }
}
