package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * S2 cells, written from the published S2 geometry definition: a point goes to one of six cube
 * faces, to (u, v) on the face, to (s, t) by the quadratic projection, to 30-bit (i, j), and along
 * the face's Hilbert curve to a 64-bit cell id whose hex form without trailing zeros is the token.
 * {@code geo_point_to_s2cell(lng, lat [, level 0..30, default 11])} (invalid input gives "") and
 * {@code geo_s2cell_to_central_point(token)} (GeoJSON point; invalid token gives null).
 */
final class S2Cells {

  private static final int MAX_LEVEL = 30;
  private static final int SWAP = 1;
  private static final int INVERT = 2;
  // Hilbert position of the (i, j) quadrant bits, per orientation; and the inverse.
  private static final int[][] POSITION_OF_QUADRANT = {
    {0, 1, 3, 2}, {0, 3, 1, 2}, {2, 3, 1, 0}, {2, 1, 3, 0}
  };
  private static final int[][] QUADRANT_OF_POSITION = {
    {0, 1, 3, 2}, {0, 2, 3, 1}, {3, 2, 0, 1}, {3, 1, 0, 2}
  };
  private static final int[] ORIENTATION_CHANGE = {SWAP, 0, 0, SWAP | INVERT};

  private S2Cells() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("geo_point_to_s2cell", 2, 3, (c, a) -> token(a));
    registry.fixed("geo_s2cell_to_central_point", 1, a -> centre(Arguments.text(a, 0)));
  }

  private static Value token(List<Value> arguments) {
    Double longitude = Arguments.real(arguments, 0);
    Double latitude = Arguments.real(arguments, 1);
    Long level = Arguments.integer(arguments, 2, 11L);
    if (longitude == null
        || latitude == null
        || level == null
        || !SphereVectors.onGlobe(longitude, latitude)
        || level < 0
        || level > MAX_LEVEL) {
      return Values.EMPTY_STRING;
    }
    long id = leafId(SphereVectors.unit(longitude, latitude));
    long lowestBit = 1L << (2 * (MAX_LEVEL - level));
    id = (id & -lowestBit) | lowestBit;
    String hex = String.format("%016x", id).replaceAll("0+$", "");
    return Values.of(hex.isEmpty() ? "X" : hex);
  }

  private static long leafId(double[] point) {
    int face = S2Projection.face(point);
    double[] uv = S2Projection.faceUv(face, point);
    long i = S2Projection.leafCoordinate(uv[0]);
    long j = S2Projection.leafCoordinate(uv[1]);
    int orientation = face & SWAP;
    long position = 0;
    for (int bit = MAX_LEVEL - 1; bit >= 0; bit--) {
      int quadrant = (int) (((i >> bit) & 1) << 1 | ((j >> bit) & 1));
      int step = POSITION_OF_QUADRANT[orientation][quadrant];
      position = position << 2 | step;
      orientation ^= ORIENTATION_CHANGE[step];
    }
    return (long) face << 61 | position << 1 | 1;
  }

  private static Value centre(String token) {
    Long id = parse(token);
    if (id == null) {
      return Values.NULL_DYNAMIC;
    }
    int face = (int) (id >>> 61);
    int level = MAX_LEVEL - Long.numberOfTrailingZeros(id) / 2;
    int orientation = face & SWAP;
    long i = 0;
    long j = 0;
    for (int step = 0; step < level; step++) {
      int position = (int) ((id >>> (60 - 2 * step - 1)) & 3);
      int quadrant = QUADRANT_OF_POSITION[orientation][position];
      i = i << 1 | (quadrant >> 1);
      j = j << 1 | (quadrant & 1);
      orientation ^= ORIENTATION_CHANGE[position];
    }
    // The centre of the cell, in leaf units: its first leaf plus half its size.
    int shift = MAX_LEVEL - level;
    double size = Math.pow(2, shift);
    double[] point =
        S2Projection.point(
            face,
            (i * size + size / 2) / (1L << MAX_LEVEL),
            (j * size + size / 2) / (1L << MAX_LEVEL));
    double longitude = Math.toDegrees(Math.atan2(point[1], point[0]));
    double latitude = Math.toDegrees(Math.atan2(point[2], Math.hypot(point[0], point[1])));
    Map<String, Value> geoJson = new LinkedHashMap<>();
    geoJson.put("type", Values.of("Point"));
    geoJson.put("coordinates", Values.array(List.of(Values.of(longitude), Values.of(latitude))));
    return Values.bag(geoJson);
  }

  /** The cell id of a token, or null when it is not a valid cell. */
  private static Long parse(String token) {
    if (token.isEmpty() || token.length() > 16 || !token.matches("[0-9a-fA-F]+")) {
      return null;
    }
    long id = Long.parseUnsignedLong((token + "0000000000000000").substring(0, 16), 16);
    int trailing = Long.numberOfTrailingZeros(id);
    if (id == 0 || (id >>> 61) > 5 || trailing % 2 != 0 || trailing > 2 * MAX_LEVEL) {
      return null;
    }
    return id;
  }
}
