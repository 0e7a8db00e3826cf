package io.sentinelforge.eval.function;

/** The XXH64 hash (seed 0) that KQL's {@code hash()} uses, written from the XXH64 specification. */
final class XxHash64 {

  private static final long PRIME1 = 0x9E3779B185EBCA87L;
  private static final long PRIME2 = 0xC2B2AE3D27D4EB4FL;
  private static final long PRIME3 = 0x165667B19E3779F9L;
  private static final long PRIME4 = 0x85EBCA77C2B2AE63L;
  private static final long PRIME5 = 0x27D4EB2F165667C5L;

  private XxHash64() {}

  static long hash(byte[] input) {
    int length = input.length;
    int offset = 0;
    long hash;
    if (length >= 32) {
      long v1 = PRIME1 + PRIME2;
      long v2 = PRIME2;
      long v3 = 0;
      long v4 = -PRIME1;
      for (; offset <= length - 32; offset += 32) {
        v1 = round(v1, lane64(input, offset));
        v2 = round(v2, lane64(input, offset + 8));
        v3 = round(v3, lane64(input, offset + 16));
        v4 = round(v4, lane64(input, offset + 24));
      }
      hash =
          Long.rotateLeft(v1, 1)
              + Long.rotateLeft(v2, 7)
              + Long.rotateLeft(v3, 12)
              + Long.rotateLeft(v4, 18);
      hash = merge(hash, v1);
      hash = merge(hash, v2);
      hash = merge(hash, v3);
      hash = merge(hash, v4);
    } else {
      hash = PRIME5;
    }
    hash += length;
    for (; offset <= length - 8; offset += 8) {
      hash ^= round(0, lane64(input, offset));
      hash = Long.rotateLeft(hash, 27) * PRIME1 + PRIME4;
    }
    if (offset <= length - 4) {
      hash ^= (lane32(input, offset) & 0xFFFFFFFFL) * PRIME1;
      hash = Long.rotateLeft(hash, 23) * PRIME2 + PRIME3;
      offset += 4;
    }
    for (; offset < length; offset++) {
      hash ^= (input[offset] & 0xFFL) * PRIME5;
      hash = Long.rotateLeft(hash, 11) * PRIME1;
    }
    return avalanche(hash);
  }

  private static long round(long accumulator, long lane) {
    return Long.rotateLeft(accumulator + lane * PRIME2, 31) * PRIME1;
  }

  private static long merge(long hash, long value) {
    return (hash ^ round(0, value)) * PRIME1 + PRIME4;
  }

  private static long avalanche(long hash) {
    hash ^= hash >>> 33;
    hash *= PRIME2;
    hash ^= hash >>> 29;
    hash *= PRIME3;
    hash ^= hash >>> 32;
    return hash;
  }

  private static long lane64(byte[] input, int offset) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = value << 8 | (input[offset + i] & 0xFFL);
    }
    return value;
  }

  private static int lane32(byte[] input, int offset) {
    int value = 0;
    for (int i = 3; i >= 0; i--) {
      value = value << 8 | (input[offset + i] & 0xFF);
    }
    return value;
  }
}
