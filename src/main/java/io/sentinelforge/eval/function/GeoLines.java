package io.sentinelforge.eval.function;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.BagValue;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code geo_line_length} on the engine's sphere (see {@link GeoFunctions}), edges being
 * great-circle arcs. Invalid input gives null. The length of a MultiLineString is that of the union
 * of its lines: lines sharing a great circle (which could overlap) are reported as unsupported
 * rather than summed.
 */
final class GeoLines {

  private GeoLines() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("geo_line_length", 1, a -> length(a.get(0)));
  }

  private static Value length(Value geometry) {
    List<List<double[]>> lines = lines(geometry);
    if (lines == null) {
      return Values.NULL_REAL;
    }
    if (lines.size() > 1 && shareAGreatCircle(lines)) {
      throw new UnsupportedFeatureException(
          "geo_line_length", "geo_line_length() of lines that may overlap (their union)");
    }
    double meters = 0;
    for (List<double[]> line : lines) {
      for (int i = 1; i < line.size(); i++) {
        double[] from = line.get(i - 1);
        double[] to = line.get(i);
        if (SphereVectors.antipodal(from[0], from[1], to[0], to[1])) {
          return Values.NULL_REAL; // an edge of 180 degrees has no shortest arc
        }
        meters += GeoFunctions.meters(new double[] {from[0], from[1], to[0], to[1]});
      }
    }
    return Values.of(meters);
  }

  /** The lines of a GeoJSON LineString or MultiLineString, or null when it is not valid. */
  private static List<List<double[]>> lines(Value geometry) {
    if (!(geometry instanceof BagValue bag)
        || !(bag.properties().get("type") instanceof StringValue type)
        || !(bag.properties().get("coordinates") instanceof ArrayValue coordinates)) {
      return null;
    }
    List<List<double[]>> lines = new ArrayList<>();
    if (type.value().equals("LineString")) {
      lines.add(GeoJson.positions(coordinates));
    } else if (type.value().equals("MultiLineString")) {
      for (Value line : coordinates.elements()) {
        lines.add(line instanceof ArrayValue positions ? GeoJson.positions(positions) : null);
      }
    } else {
      return null;
    }
    for (List<double[]> line : lines) {
      if (line == null || line.size() < 2) {
        return null;
      }
    }
    return lines.isEmpty() ? null : lines;
  }

  private static boolean shareAGreatCircle(List<List<double[]>> lines) {
    List<double[]> normals = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      List<double[]> line = lines.get(l);
      for (int i = 1; i < line.size(); i++) {
        double[] a = line.get(i - 1);
        double[] b = line.get(i);
        double[] normal =
            SphereVectors.cross(SphereVectors.unit(a[0], a[1]), SphereVectors.unit(b[0], b[1]));
        for (int k = 0; k < normals.size(); k++) {
          if (owners.get(k) != l
              && SphereVectors.norm(SphereVectors.cross(normals.get(k), normal)) < 1e-12) {
            return true;
          }
        }
        normals.add(normal);
        owners.add(l);
      }
    }
    return false;
  }
}
