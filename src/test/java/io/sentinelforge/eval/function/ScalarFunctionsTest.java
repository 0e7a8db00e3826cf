package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Calls.b;
import static io.sentinelforge.eval.function.Calls.call;
import static io.sentinelforge.eval.function.Calls.dt;
import static io.sentinelforge.eval.function.Calls.json;
import static io.sentinelforge.eval.function.Calls.l;
import static io.sentinelforge.eval.function.Calls.r;
import static io.sentinelforge.eval.function.Calls.s;
import static io.sentinelforge.eval.function.Calls.ts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sentinelforge.eval.value.Dynamics;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scalar functions against documented KQL outputs (mostly from the examples of the KQL function
 * reference that ../shared/corpus/conformance also holds). Expected values are {@code tostring}.
 */
class ScalarFunctionsTest {

  private static Arguments c(String expected, Supplier<Value> call) {
    return Arguments.of(expected, call);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // strings
        c("ab1", () -> call("strcat", s("a"), s("b"), l(1))),
        c("1-2-A-00:00:01", () -> call("strcat_delim", s("-"), l(1), s("2"), s("A"), ts("1s"))),
        c("5", () -> call("strlen", s("⒦⒰⒮⒯⒪"))),
        c("BCD", () -> call("substring", s("ABCD"), l(1))),
        c("BC", () -> call("substring", s("ABCD"), l(1), l(2))),
        c("2", () -> call("indexof", s("abcdefg"), s("cde"))),
        c("-1", () -> call("indexof", s("abcdefg"), s("cde"), l(1), l(2))),
        c("2", () -> call("indexof", s("abcdefg"), s("cde"), l(1), l(4))),
        c("-1", () -> call("indexof", s("abcdefg"), s("cde"), l(3), l(4))),
        c("2", () -> call("indexof", s("abcdefg"), s("cde"), l(-5))),
        c("4", () -> call("indexof", l(1234567), l(5), l(1), l(4))),
        c(
            "This was an example",
            () ->
                call(
                    "replace_strings",
                    s("This is an example"),
                    json("['This','is']"),
                    json("['This','was']"))),
        c(
            "Thwas was an example",
            () ->
                call(
                    "replace_strings",
                    s("This is an example"),
                    json("['is','This']"),
                    json("['was','This']"))),
        c(
            "This was an example",
            () ->
                call(
                    "replace_strings",
                    s("This is an example"),
                    json("['This','is']"),
                    json("[12345,'was']"))),
        c("9", () -> call("indexof", s("abcdefgabcdefg"), s("cde"), l(1), l(10), l(2))),
        c("-1", () -> call("indexof", s("abcdefgabcdefg"), s("cde"), l(1), l(-1), l(3))),
        c("3", () -> call("indexof_regex", s("abcabcdefg"), s("a.c"), l(0), l(9), l(2))),
        c("-1", () -> call("indexof_regex", s("ababaa"), s("a.a"), l(0), l(-1), l(2))),
        c("", () -> call("indexof_regex", s("abcabc"), s("a|ab"), l(-1))),
        c("0", () -> call("trim", s("1"), s("10"))),
        c("", () -> call("trim", s("1"), s("11"))),
        c("abc--", () -> call("trim_start", s("-"), s("--abc--"))),
        c("--abc", () -> call("trim_end", s("-"), s("--abc--"))),
        c("cba", () -> call("reverse", s("abc"))),
        c("KUSTO", () -> call("toupper", s("Kusto"))),
        c("[\"aa\",\"bb\"]", () -> call("split", s("aa_bb"), s("_"))),
        c("[\"bb\"]", () -> call("split", s("aa_bb"), s("_"), l(1))),
        c("[\"a\",\"\",\"b\"]", () -> call("split", s("a__b"), s("_"))),
        c("Number was 1", () -> call("replace_string", s("Number is 1"), s("is"), s("was"))),
        c(
            "Number was: 1",
            () -> call("replace_regex", s("Number is 1"), s("is (\\d+)"), s("was: \\1"))),
        c("3", () -> call("countof", s("aaa"), s("a"))),
        c("2", () -> call("countof", s("aaa"), s("aa"))),
        c("1", () -> call("countof", s("aaa"), s("aa"), s("regex"))),
        c("3", () -> call("extract", s("x=([0-9.]+)"), l(1), s("hello x=3 y"))),
        c("", () -> call("extract", s("x=([0-9.]+)"), l(1), s("hello"))),
        c("3.5", () -> call("extract", s("x=([0-9.]+)"), l(1), s("x=3.5"), s("real"))),
        c(
            "[[\"8\",\"2b8be2\",\"d\"],[\"d\",\"fa\",\"7\"],[\"4\",\"bd\",\"1\"],[\"8\",\"f6\",\"3\"],[\"2\",\"4ad26d3144\",\"9\"]]",
            () ->
                call(
                    "extract_all",
                    s("(\\w)(\\w+)(\\w)"),
                    s("82b8be2d-dfa7-4bd1-8f63-24ad26d31449"))),
        c(
            "[[\"8\",\"d\"],[\"d\",\"7\"],[\"4\",\"1\"],[\"8\",\"3\"],[\"2\",\"9\"]]",
            () ->
                call(
                    "extract_all",
                    s("(\\w)(\\w+)(\\w)"),
                    json("[1,3]"),
                    s("82b8be2d-dfa7-4bd1-8f63-24ad26d31449"))),
        c(
            "Wow, that is great!",
            () ->
                call(
                    "replace_strings",
                    s("Hello, that is great!"),
                    json("[\"Hello\"]"),
                    json("[\"Wow\"]"))),
        // conditionals
        c("yes", () -> call("iff", b(true), s("yes"), s("no"))),
        c("no", () -> call("iff", Values.NULL_BOOL, s("yes"), s("no"))),
        c("b", () -> call("case", b(false), s("a"), b(true), s("b"), s("c"))),
        c("c", () -> call("case", b(false), s("a"), s("c"))),
        c("x", () -> call("coalesce", Values.EMPTY_STRING, s("x"))),
        c("5", () -> call("coalesce", Values.nullOf(KqlType.LONG), l(5))),
        c("true", () -> call("isempty", s(""))),
        c("false", () -> call("isnull", s(""))),
        c("true", () -> call("isnull", Values.nullOf(KqlType.INT))),
        c("true", () -> call("isempty", Values.nullOf(KqlType.INT))),
        c("false", () -> call("isnotempty", json("[]"))),
        c("7", () -> call("max_of", l(5), l(7), Values.NULL_LONG)),
        // conversions
        c("123", () -> call("tolong", s("123"))),
        c("", () -> call("toint", s("abc"))),
        c("2", () -> call("toint", r(2.7))),
        c("123.4", () -> call("toreal", s("123.4"))),
        c("true", () -> call("tobool", l(123))),
        c("false", () -> call("tobool", s("FALSE"))),
        c(
            "01234567-89ab-cdef-0123-456789abcdef",
            () -> call("toguid", s("0123456789ab-cdef-0123-456789abcdef"))),
        c("", () -> call("toguid", s("a string that is not a guid"))),
        c(
            "456",
            () -> call("tostring", Dynamics.property(call("parse_json", s("{\"c\":456}")), "c"))),
        c("long", () -> call("gettype", l(1))),
        c("dictionary", () -> call("gettype", json("{}"))),
        // math
        c("2.5", () -> call("round", r(2.45), l(1))),
        c("3", () -> call("round", r(2.5))),
        c("-3", () -> call("round", r(-2.5))),
        c("1.8", () -> call("round", r(1.75), l(1))),
        c("5", () -> call("abs", l(-5))),
        c("2", () -> call("ceiling", r(1.1))),
        c("8", () -> call("pow", l(2), l(3))),
        c("3", () -> call("sqrt", l(9))),
        c("1", () -> call("log", call("exp", l(1)))),
        c("4", () -> call("log2", l(16))),
        c("24", () -> call("gamma", l(5))),
        c("100", () -> call("tohex", l(256))),
        c("ffffffffffffff00", () -> call("tohex", l(-256))),
        c("ffffff00", () -> call("tohex", call("toint", l(-256)), l(8))),
        c("00000100", () -> call("tohex", l(256), l(8))),
        c("true", () -> call("around", l(11), l(10), l(1))),
        c("false", () -> call("around", l(12), l(10), l(1))),
        c("true", () -> call("around", dt("2021-01-01 01:29"), dt("2021-01-01 01:30"), ts("1m"))),
        c("1048576", () -> call("array_length", call("range", l(1), l(1_000_000_000)))),
        c("true", () -> call("assert", b(true), s("Length must be greater than zero"))));
  }

  @ParameterizedTest(name = "#{index} -> \"{0}\"")
  @MethodSource("cases")
  void matchesDocumentedOutput(String expected, Supplier<Value> call) {
    assertEquals(expected, call.get().toKqlString());
  }

  @org.junit.jupiter.api.Test
  void failedAssertStopsTheQueryWithItsMessage() {
    io.sentinelforge.eval.EvaluationException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            io.sentinelforge.eval.EvaluationException.class,
            () -> call("assert", b(false), s("Length must be greater than zero")));
    assertEquals(
        "assert() has failed with message: 'Length must be greater than zero'",
        failure.getMessage());
  }
}
