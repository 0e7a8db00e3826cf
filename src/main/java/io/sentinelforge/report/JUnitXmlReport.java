package io.sentinelforge.report;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.verify.CaseResult;
import io.sentinelforge.verify.CaseStatus;
import io.sentinelforge.verify.TestRun;
import java.io.StringWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a rule test run as JUnit XML: one {@code testsuite} per rule, one {@code testcase} per
 * case with {@code failure}, {@code error} or {@code skipped} (unsupported); problems in test files
 * become error cases of a {@code test files} suite.
 */
public final class JUnitXmlReport {

  private JUnitXmlReport() {}

  /** The XML document. */
  public static String of(TestRun run) {
    StringWriter text = new StringWriter();
    List<Diagnostic> errors = run.diagnostics().stream().filter(Diagnostic::isError).toList();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "sentinel-forge rule tests");
      counts(xml, run.results(), errors.size());
      for (Map.Entry<String, List<CaseResult>> suite : byRule(run.results()).entrySet()) {
        suite(xml, suite.getKey(), suite.getValue());
      }
      if (!errors.isEmpty()) {
        diagnostics(xml, errors);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    return text.append('\n').toString();
  }

  private static Map<String, List<CaseResult>> byRule(List<CaseResult> results) {
    return results.stream()
        .collect(
            Collectors.groupingBy(CaseResult::ruleFile, LinkedHashMap::new, Collectors.toList()));
  }

  private static void counts(XMLStreamWriter xml, List<CaseResult> results, int extraErrors)
      throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(results.size() + extraErrors));
    xml.writeAttribute("failures", count(results, CaseStatus.FAILED));
    xml.writeAttribute(
        "errors", Long.toString(Long.parseLong(count(results, CaseStatus.ERROR)) + extraErrors));
    xml.writeAttribute("skipped", count(results, CaseStatus.UNSUPPORTED));
    xml.writeAttribute(
        "time",
        seconds(results.stream().map(CaseResult::elapsed).reduce(Duration.ZERO, Duration::plus)));
  }

  private static void suite(XMLStreamWriter xml, String rule, List<CaseResult> results)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", rule);
    counts(xml, results, 0);
    for (CaseResult result : results) {
      testCase(xml, result);
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void testCase(XMLStreamWriter xml, CaseResult result) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("name", result.caseName());
    xml.writeAttribute("classname", result.ruleFile());
    xml.writeAttribute("file", result.testFile());
    xml.writeAttribute("line", Integer.toString(result.span().line()));
    xml.writeAttribute("time", seconds(result.elapsed()));
    switch (result.status()) {
      case FAILED:
        outcome(
            xml,
            "failure",
            result.failures().get(0).expectation() + " does not hold",
            "TST100",
            details(result));
        break;
      case ERROR:
        outcome(xml, "error", result.reason(), "TST102", details(result));
        break;
      case UNSUPPORTED:
        xml.writeStartElement("skipped");
        xml.writeAttribute("message", "unsupported: " + result.reason());
        xml.writeEndElement();
        break;
      default:
        break;
    }
    xml.writeEndElement();
  }

  private static String details(CaseResult result) {
    String text = RuleTestText.of(new TestRun(List.of(result), List.of(), List.of()));
    return text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1);
  }

  private static void outcome(
      XMLStreamWriter xml, String element, String message, String type, String body)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute("message", message);
    xml.writeAttribute("type", type);
    xml.writeCharacters(body);
    xml.writeEndElement();
  }

  private static void diagnostics(XMLStreamWriter xml, List<Diagnostic> diagnostics)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "test files");
    xml.writeAttribute("tests", Integer.toString(diagnostics.size()));
    xml.writeAttribute("failures", "0");
    xml.writeAttribute("errors", Integer.toString(diagnostics.size()));
    xml.writeAttribute("skipped", "0");
    for (Diagnostic diagnostic : diagnostics) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("name", diagnostic.code() + " " + diagnostic.span().location());
      xml.writeAttribute("classname", diagnostic.span().file());
      outcome(xml, "error", diagnostic.message(), diagnostic.code(), diagnostic.format());
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static String count(List<CaseResult> results, CaseStatus status) {
    return Long.toString(results.stream().filter(r -> r.status() == status).count());
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
  }
}
