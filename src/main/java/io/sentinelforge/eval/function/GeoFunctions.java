package io.sentinelforge.eval.function;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.List;

/**
 * Distances on the sphere: {@code geo_distance_2points} and {@code geo_point_in_circle}. The
 * engine's sphere has a radius of 6,371,010 m (the reference's Seattle–Los Angeles example,
 * 1546754.35197381 m, is the great-circle distance on exactly that sphere). Coordinates outside
 * [-180, 180] × [-90, 90] give null; the spheroid option is unsupported.
 */
final class GeoFunctions {

  static final double EARTH_RADIUS_METERS = 6_371_010;

  private GeoFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("geo_distance_2points", 4, 5, (c, a) -> distance(a));
    registry.fixed("geo_point_in_circle", 5, GeoFunctions::inCircle);
    Geohash.register(registry);
    GeoLines.register(registry);
    GeoAngles.register(registry);
    S2Cells.register(registry);
  }

  private static Value distance(List<Value> arguments) {
    if (arguments.size() > 4 && Values.isTrue(arguments.get(4))) {
      throw new UnsupportedFeatureException(
          "geo_distance_2points", "geo_distance_2points() on the spheroid is not supported");
    }
    double[] points = coordinates(arguments);
    return points == null ? Values.NULL_REAL : Values.of(meters(points));
  }

  private static Value inCircle(List<Value> arguments) {
    double[] points = coordinates(arguments);
    Double radius = Arguments.real(arguments, 4);
    if (points == null || radius == null || !(radius > 0) || Double.isInfinite(radius)) {
      return Values.NULL_BOOL;
    }
    return Values.of(meters(points) <= radius);
  }

  /** The first four arguments as two valid (longitude, latitude) points, or null. */
  private static double[] coordinates(List<Value> arguments) {
    double[] points = new double[4];
    for (int i = 0; i < 4; i++) {
      Double value = Arguments.real(arguments, i);
      double limit = i % 2 == 0 ? 180 : 90;
      if (value == null || !(Math.abs(value) <= limit)) {
        return null;
      }
      points[i] = value;
    }
    return points;
  }

  /** The great-circle distance by the haversine formula (stable for small distances). */
  static double meters(double[] points) {
    double latitude1 = Math.toRadians(points[1]);
    double latitude2 = Math.toRadians(points[3]);
    double sinLatitude = Math.sin((latitude2 - latitude1) / 2);
    double sinLongitude = Math.sin(Math.toRadians(points[2] - points[0]) / 2);
    double h =
        sinLatitude * sinLatitude
            + Math.cos(latitude1) * Math.cos(latitude2) * sinLongitude * sinLongitude;
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
