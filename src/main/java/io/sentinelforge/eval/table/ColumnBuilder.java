package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.KqlType;
import java.util.Arrays;
import java.util.BitSet;

/** Appends cells of one type and builds a {@link Column}; grows geometrically. */
public final class ColumnBuilder {

  private final KqlType type;
  private long[] longs;
  private double[] doubles;
  private Object[] objects;
  private BitSet nulls;
  private int size;

  /** A builder for {@code type} with room for {@code capacity} cells before growing. */
  public ColumnBuilder(KqlType type, int capacity) {
    this.type = type;
    int initial = Math.max(capacity, 4);
    if (Storage.longBacked(type)) {
      longs = new long[initial];
    } else if (type == KqlType.REAL) {
      doubles = new double[initial];
    } else {
      objects = new Object[initial];
    }
  }

  /** The type of the column being built. */
  public KqlType type() {
    return type;
  }

  /** Number of cells appended so far. */
  public int size() {
    return size;
  }

  /** Appends a null cell (the empty string for string columns). */
  public void appendNull() {
    if (type == KqlType.STRING) {
      appendObject("");
      return;
    }
    ensureRoom();
    if (nulls == null) {
      nulls = new BitSet();
    }
    nulls.set(size);
    size++;
  }

  /** Appends a long-stored cell (bool as 0/1, int, long, datetime/timespan ticks). */
  public void appendLong(long value) {
    ensureRoom();
    longs[size++] = value;
  }

  /** Appends a real cell. */
  public void appendDouble(double value) {
    ensureRoom();
    doubles[size++] = value;
  }

  /** Appends a cell given as a Java object in the form {@link Column#get} returns. */
  public void append(Object value) {
    if (value == null) {
      appendNull();
    } else if (longs != null) {
      appendLong(
          value instanceof Boolean ? ((Boolean) value ? 1 : 0) : ((Number) value).longValue());
    } else if (doubles != null) {
      appendDouble(((Number) value).doubleValue());
    } else {
      appendObject(value);
    }
  }

  /** Appends cell {@code row} of {@code source}, which must have this builder's storage. */
  public void appendFrom(Column source, int row) {
    if (source.isNull(row)) {
      appendNull();
    } else if (longs != null) {
      appendLong(source.getLong(row));
    } else if (doubles != null) {
      appendDouble(source.getDouble(row));
    } else {
      appendObject(source.get(row));
    }
  }

  private void appendObject(Object value) {
    ensureRoom();
    objects[size++] = value;
  }

  private void ensureRoom() {
    int capacity = longs != null ? longs.length : doubles != null ? doubles.length : objects.length;
    if (size < capacity) {
      return;
    }
    int grown = capacity + (capacity >> 1) + 1;
    if (longs != null) {
      longs = Arrays.copyOf(longs, grown);
    } else if (doubles != null) {
      doubles = Arrays.copyOf(doubles, grown);
    } else {
      objects = Arrays.copyOf(objects, grown);
    }
  }

  /** The finished column; the builder must not be used afterwards. */
  public Column build() {
    if (longs != null) {
      return new LongColumn(type, longs, size, nulls);
    }
    if (doubles != null) {
      return new DoubleColumn(doubles, size, nulls);
    }
    return new ObjectColumn(type, objects, size);
  }
}
