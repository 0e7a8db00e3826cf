package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.Numbers;
import io.sentinelforge.eval.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Reads GeoJSON positions ({@code [longitude, latitude]}) for the geo functions. */
final class GeoJson {

  private GeoJson() {}

  /** The positions of a coordinates array, or null when one is not a valid [lng, lat] pair. */
  static List<double[]> positions(ArrayValue coordinates) {
    List<double[]> positions = new ArrayList<>();
    for (Value position : coordinates.elements()) {
      if (!(position instanceof ArrayValue pair) || pair.elements().size() != 2) {
        return null;
      }
      Value longitude = pair.elements().get(0);
      Value latitude = pair.elements().get(1);
      if (!Numbers.isNumber(longitude) || !Numbers.isNumber(latitude)) {
        return null;
      }
      double lng = Numbers.asDouble(longitude);
      double lat = Numbers.asDouble(latitude);
      if (!SphereVectors.onGlobe(lng, lat)) {
        return null;
      }
      positions.add(new double[] {lng, lat});
    }
    return positions;
  }
}
