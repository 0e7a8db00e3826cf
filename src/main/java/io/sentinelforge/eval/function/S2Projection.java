package io.sentinelforge.eval.function;

/**
 * The S2 cube projection: faces 0–5 (+x, +y, +z, −x, −y, −z), face coordinates (u, v), and the
 * quadratic transform between u and s ∈ [0, 1] that makes cells of one level nearly equal in area.
 */
final class S2Projection {

  private static final long LEAVES = 1L << 30;

  private S2Projection() {}

  /** The face whose axis is the point's largest coordinate. */
  static int face(double[] p) {
    int axis = Math.abs(p[0]) >= Math.abs(p[1]) ? 0 : 1;
    if (Math.abs(p[2]) > Math.abs(p[axis])) {
      axis = 2;
    }
    return p[axis] < 0 ? axis + 3 : axis;
  }

  /** (u, v) of a point on its face. */
  static double[] faceUv(int face, double[] p) {
    switch (face) {
      case 0:
        return new double[] {p[1] / p[0], p[2] / p[0]};
      case 1:
        return new double[] {-p[0] / p[1], p[2] / p[1]};
      case 2:
        return new double[] {-p[0] / p[2], -p[1] / p[2]};
      case 3:
        return new double[] {p[2] / p[0], p[1] / p[0]};
      case 4:
        return new double[] {p[2] / p[1], -p[0] / p[1]};
      default:
        return new double[] {-p[1] / p[2], -p[0] / p[2]};
    }
  }

  /** The leaf (i or j) coordinate, 0 … 2^30 − 1, of a face coordinate u. */
  static long leafCoordinate(double u) {
    double s = u >= 0 ? 0.5 * Math.sqrt(1 + 3 * u) : 1 - 0.5 * Math.sqrt(1 - 3 * u);
    return Math.max(0, Math.min(LEAVES - 1, (long) Math.floor(LEAVES * s)));
  }

  /** The (not normalised) point of face coordinates (s, t). */
  static double[] point(int face, double s, double t) {
    double u = toUv(s);
    double v = toUv(t);
    switch (face) {
      case 0:
        return new double[] {1, u, v};
      case 1:
        return new double[] {-u, 1, v};
      case 2:
        return new double[] {-u, -v, 1};
      case 3:
        return new double[] {-1, -v, -u};
      case 4:
        return new double[] {v, -1, -u};
      default:
        return new double[] {v, u, -1};
    }
  }

  private static double toUv(double s) {
    return s >= 0.5 ? (4 * s * s - 1) / 3 : (1 - 4 * (1 - s) * (1 - s)) / 3;
  }
}
