package io.sentinelforge.eval.function;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Geohash (base-32, bits alternating longitude then latitude): {@code geo_point_to_geohash(lng, lat
 * [, accuracy 1..18, default 5])} (invalid input gives "") and {@code
 * geo_geohash_to_central_point(hash)} (the centre of the cell as a GeoJSON point; invalid gives
 * null).
 */
final class Geohash {

  private static final String ALPHABET = "0123456789bcdefghjkmnpqrstuvwxyz";
  private static final int MAX_LENGTH = 18;

  private Geohash() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.scalar("geo_point_to_geohash", 2, 3, (c, a) -> encode(a));
    registry.fixed("geo_geohash_to_central_point", 1, a -> centre(Arguments.text(a, 0)));
  }

  private static Value encode(List<Value> arguments) {
    Double longitude = Arguments.real(arguments, 0);
    Double latitude = Arguments.real(arguments, 1);
    Long accuracy = Arguments.integer(arguments, 2, 5L);
    if (longitude == null
        || latitude == null
        || accuracy == null
        || !SphereVectors.onGlobe(longitude, latitude)
        || accuracy < 1
        || accuracy > MAX_LENGTH) {
      return Values.EMPTY_STRING;
    }
    double[] longitudes = {-180, 180};
    double[] latitudes = {-90, 90};
    StringBuilder hash = new StringBuilder();
    boolean even = true;
    int bits = 0;
    int character = 0;
    while (hash.length() < accuracy) {
      double[] range = even ? longitudes : latitudes;
      double value = even ? longitude : latitude;
      double middle = (range[0] + range[1]) / 2;
      character <<= 1;
      if (value >= middle) {
        character |= 1;
        range[0] = middle;
      } else {
        range[1] = middle;
      }
      even = !even;
      if (++bits == 5) {
        hash.append(ALPHABET.charAt(character));
        bits = 0;
        character = 0;
      }
    }
    return Values.of(hash.toString());
  }

  private static Value centre(String hash) {
    if (hash.isEmpty() || hash.length() > MAX_LENGTH) {
      return Values.NULL_DYNAMIC;
    }
    double[] longitudes = {-180, 180};
    double[] latitudes = {-90, 90};
    boolean even = true;
    for (int i = 0; i < hash.length(); i++) {
      int character = ALPHABET.indexOf(hash.charAt(i));
      if (character < 0) {
        return Values.NULL_DYNAMIC;
      }
      for (int bit = 4; bit >= 0; bit--) {
        double[] range = even ? longitudes : latitudes;
        double middle = (range[0] + range[1]) / 2;
        if ((character >> bit & 1) == 1) {
          range[0] = middle;
        } else {
          range[1] = middle;
        }
        even = !even;
      }
    }
    Map<String, Value> point = new LinkedHashMap<>();
    point.put("type", Values.of("Point"));
    point.put(
        "coordinates",
        Values.array(
            List.of(
                Values.of((longitudes[0] + longitudes[1]) / 2),
                Values.of((latitudes[0] + latitudes[1]) / 2))));
    return Values.bag(point);
  }
}
