package io.sentinelforge.eval.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.Values;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code buildschema} over small sets of dynamic values (JSON text in, schema JSON out). */
class DynamicSchemaTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // the reference's example
        Arguments.of(
            List.of(
                "{'x':1, 'y':3.5}",
                "{'x':'somevalue', 'z':[1, 2, 3]}",
                "{'y':{'w':'zzz'}, 't':['aa', 'bb'], 'z':['foo']}"),
            "{\"x\":[\"long\",\"string\"],\"y\":[\"double\",{\"w\":\"string\"}],"
                + "\"z\":{\"`indexer`\":[\"long\",\"string\"]},\"t\":{\"`indexer`\":\"string\"}}"),
        Arguments.of(List.of("{'name':'Alice'}", "{'name':'Bob'}"), "{\"name\":\"string\"}"),
        Arguments.of(List.of("1", "2"), "long"),
        Arguments.of(List.of("true", "'a'", "[]"), "[\"bool\",\"string\",{\"`indexer`\":null}]"),
        // nulls admit anything and add nothing
        Arguments.of(List.of("{'a':null,'b':1}", "null"), "{\"b\":\"long\"}"),
        Arguments.of(List.of("null"), ""));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("cases")
  void buildsTheMinimalSchema(List<String> values, String expected) {
    Accumulator accumulator = new BuildSchemaAccumulator();
    for (String value : values) {
      accumulator.add(List.of(Json.tryParse(value).orElse(Values.NULL_DYNAMIC)));
    }
    assertEquals(expected, accumulator.result().toKqlString());
  }
}
