package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Calls.b;
import static io.sentinelforge.eval.function.Calls.call;
import static io.sentinelforge.eval.function.Calls.json;
import static io.sentinelforge.eval.function.Calls.l;
import static io.sentinelforge.eval.function.Calls.r;
import static io.sentinelforge.eval.function.Calls.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.value.RealValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The geo functions against the reference's examples (expected values are tostring). */
class GeoFunctionsTest {

  private static Arguments c(String expected, Supplier<Value> call) {
    return Arguments.of(expected, call);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c("", () -> call("geo_distance_2points", r(300), r(1), r(1), r(1))),
        c(
            "true",
            () ->
                call(
                    "geo_point_in_circle",
                    r(-122.143564),
                    r(47.535677),
                    r(-122.100896),
                    r(47.527351),
                    r(3500))),
        c(
            "false",
            () ->
                call(
                    "geo_point_in_circle",
                    r(-122.137575),
                    r(47.630683),
                    r(-122.100896),
                    r(47.527351),
                    r(3500))),
        c("", () -> call("geo_point_in_circle", r(200), r(1), r(1), r(1), r(1))),
        c("dhwfz15h", () -> call("geo_point_to_geohash", r(-80.195829), r(25.802215), l(8))),
        c("c23n8", () -> call("geo_point_to_geohash", r(-122.303404), r(47.570482))),
        c("c23n9", () -> call("geo_point_to_geohash", r(-122.278156), r(47.566936))),
        c("", () -> call("geo_point_to_geohash", r(200), r(1), l(8))),
        c(
            "",
            () ->
                call(
                    "geo_point_to_geohash",
                    r(1),
                    r(1),
                    Values.nullOf(io.sentinelforge.eval.value.KqlType.INT))),
        c(
            "{\"type\":\"Point\",\"coordinates\":[42.47314453125,23.70849609375]}",
            () -> call("geo_geohash_to_central_point", s("sunny"))),
        c("", () -> call("geo_geohash_to_central_point", s("a"))),
        // S2 cells
        c("88d9b", () -> call("geo_point_to_s2cell", r(-80.195829), r(25.802215), l(8))),
        c("47b1d", () -> call("geo_point_to_s2cell", r(10.1234), r(53), l(8))),
        c("47b1d", () -> call("geo_point_to_s2cell", r(10.3579), r(53), l(8))),
        c("47ae3", () -> call("geo_point_to_s2cell", r(10.6842), r(53), l(8))),
        c("1", () -> call("geo_point_to_s2cell", r(1), r(1), l(0))),
        c("", () -> call("geo_point_to_s2cell", r(300), r(1), l(8))),
        c("", () -> call("geo_point_to_s2cell", r(1), r(1), l(35))),
        c("", () -> call("geo_s2cell_to_central_point", s("a"))));
  }

  @ParameterizedTest(name = "#{index} -> {0}")
  @MethodSource("cases")
  void matchesTheReference(String expected, Supplier<Value> call) {
    assertEquals(expected, call.get().toKqlString());
  }

  @Test
  void distanceIsOnTheEnginesSphere() {
    // Seattle to Los Angeles, as the reference prints it.
    Value meters =
        call("geo_distance_2points", r(-122.407628), r(47.578557), r(-118.275287), r(34.019056));
    assertEquals(1546754.35197381, ((RealValue) meters).value(), 1e-6);
  }

  @Test
  void azimuthAngleAndLineLengthMatchTheReference() {
    assertEquals(
        3.05459939796449,
        ((RealValue) call("geo_azimuth", r(5), r(10), r(10), r(-40))).value(),
        1e-12);
    assertEquals(
        2.94493843406882,
        ((RealValue) call("geo_angle", r(0), r(10), r(0), r(5), r(3), r(-10))).value(),
        1e-12);
    Value length =
        call(
            "geo_line_length",
            json(
                "{'type':'MultiLineString','coordinates':[[[-73.95798683166502,40.800556090021466],"
                    + "[-73.98193359375,40.76819171855746]],[[-73.94940376281738,40.79691751000055],"
                    + "[-73.97317886352539,40.76435634049001]]]}"));
    assertEquals(8262.24339753741, ((RealValue) length).value(), 1e-6);
  }

  @Test
  void invalidGeometryGivesNull() {
    assertEquals("", call("geo_azimuth", r(5), r(10), r(5), r(10)).toKqlString());
    assertEquals("", call("geo_azimuth", r(0), r(0), r(180), r(0)).toKqlString());
    assertEquals("", call("geo_angle", r(0), r(10), r(0), r(10), r(3), r(-10)).toKqlString());
    assertEquals(
        "",
        call("geo_line_length", json("{'type':'LineString','coordinates':[[1, 1]]}"))
            .toKqlString());
    assertEquals(
        "",
        call("geo_line_length", json("{'type':'LineString','coordinates':[[0, 0], [180, 0]]}"))
            .toKqlString());
  }

  @Test
  void linesThatMayOverlapAreUnsupported() {
    assertThrows(
        UnsupportedFeatureException.class,
        () ->
            call(
                "geo_line_length",
                json("{'type':'MultiLineString','coordinates':[[[0,0],[2,0]],[[1,0],[3,0]]]}")));
  }

  @Test
  void s2CellCentreMatchesTheReference() {
    io.sentinelforge.eval.value.BagValue point =
        (io.sentinelforge.eval.value.BagValue) call("geo_s2cell_to_central_point", s("1234567"));
    java.util.List<Value> coordinates =
        ((io.sentinelforge.eval.value.ArrayValue) point.properties().get("coordinates")).elements();
    assertEquals(9.86830731850408, ((RealValue) coordinates.get(0)).value(), 1e-12);
    assertEquals(27.468392925827604, ((RealValue) coordinates.get(1)).value(), 1e-12);
  }

  @Test
  void spheroidIsUnsupported() {
    assertThrows(
        UnsupportedFeatureException.class,
        () -> call("geo_distance_2points", r(0), r(0), r(1), r(1), b(true)));
  }
}
