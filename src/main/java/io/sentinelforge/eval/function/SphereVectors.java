package io.sentinelforge.eval.function;

/** Unit vectors of (longitude, latitude) points and the vector algebra the geo functions use. */
final class SphereVectors {

  /** Below this, two unit vectors count as parallel (equal or antipodal points). */
  static final double EPSILON = 1e-15;

  private SphereVectors() {}

  static double[] unit(double longitude, double latitude) {
    double lambda = Math.toRadians(longitude);
    double phi = Math.toRadians(latitude);
    return new double[] {
      Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)
    };
  }

  static double[] cross(double[] a, double[] b) {
    return new double[] {
      a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]
    };
  }

  static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  /** Whether two points are equal or antipodal (no unique great circle through them). */
  static boolean parallel(
      double longitude1, double latitude1, double longitude2, double latitude2) {
    return norm(cross(unit(longitude1, latitude1), unit(longitude2, latitude2))) < EPSILON;
  }

  /** Whether two points are antipodal (every great circle through them is a shortest arc). */
  static boolean antipodal(
      double longitude1, double latitude1, double longitude2, double latitude2) {
    return parallel(longitude1, latitude1, longitude2, latitude2)
        && dot(unit(longitude1, latitude1), unit(longitude2, latitude2)) < 0;
  }

  /** Whether (longitude, latitude) lies on the globe; NaN does not. */
  static boolean onGlobe(double longitude, double latitude) {
    return Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90;
  }
}
