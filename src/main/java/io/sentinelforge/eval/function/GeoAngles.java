package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/**
 * {@code geo_azimuth(p1, p2)} (clockwise from north at p1, radians in [0, 2π)) and {@code
 * geo_angle(p1, p2, p3)} (clockwise from line p2→p1 to line p2→p3, [0, 2π)) on the sphere. Invalid
 * coordinates, and equal or antipodal neighbouring points, give null.
 */
final class GeoAngles {

  private static final double FULL_TURN = 2 * Math.PI;

  private GeoAngles() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("geo_azimuth", 4, GeoAngles::azimuth);
    registry.fixed("geo_angle", 6, GeoAngles::angle);
  }

  private static Value azimuth(List<Value> arguments) {
    double[] p = coordinates(arguments, 2);
    if (p == null || SphereVectors.parallel(p[0], p[1], p[2], p[3])) {
      return Values.NULL_REAL;
    }
    return Values.of(bearing(p[0], p[1], p[2], p[3]));
  }

  private static Value angle(List<Value> arguments) {
    double[] p = coordinates(arguments, 3);
    if (p == null
        || SphereVectors.parallel(p[0], p[1], p[2], p[3])
        || SphereVectors.parallel(p[2], p[3], p[4], p[5])) {
      return Values.NULL_REAL;
    }
    double turn = bearing(p[2], p[3], p[4], p[5]) - bearing(p[2], p[3], p[0], p[1]);
    return Values.of(((turn % FULL_TURN) + FULL_TURN) % FULL_TURN);
  }

  /** The initial bearing from the first point to the second, clockwise from north, [0, 2π). */
  private static double bearing(
      double longitude1, double latitude1, double longitude2, double latitude2) {
    double phi1 = Math.toRadians(latitude1);
    double phi2 = Math.toRadians(latitude2);
    double deltaLongitude = Math.toRadians(longitude2 - longitude1);
    double y = Math.sin(deltaLongitude) * Math.cos(phi2);
    double x =
        Math.cos(phi1) * Math.sin(phi2)
            - Math.sin(phi1) * Math.cos(phi2) * Math.cos(deltaLongitude);
    double angle = Math.atan2(y, x);
    return angle < 0 ? angle + FULL_TURN : angle;
  }

  /** {@code count} (longitude, latitude) points from the arguments, or null when one is invalid. */
  private static double[] coordinates(List<Value> arguments, int count) {
    double[] values = new double[2 * count];
    for (int i = 0; i < values.length; i++) {
      Double value = Arguments.real(arguments, i);
      if (value == null || !(Math.abs(value) <= (i % 2 == 0 ? 180 : 90))) {
        return null;
      }
      values[i] = value;
    }
    return values;
  }
}
