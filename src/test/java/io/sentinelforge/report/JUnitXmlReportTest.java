package io.sentinelforge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReportTest {

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void hasTheUsualTestsuiteTestcaseFailureShape() throws Exception {
    Document document = parse(JUnitXmlReport.of(RuleTestRuns.mixed()));
    Element root = document.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals("5", root.getAttribute("tests"));
    assertEquals("1", root.getAttribute("failures"));
    assertEquals("2", root.getAttribute("errors"));
    assertEquals("1", root.getAttribute("skipped"));
    NodeList suites = root.getElementsByTagName("testsuite");
    assertEquals(2, suites.getLength());
    Element rule = (Element) suites.item(0);
    assertEquals("content/rules/azure-hound.yaml", rule.getAttribute("name"));
    NodeList cases = rule.getElementsByTagName("testcase");
    assertEquals(4, cases.getLength());
    Element failed = (Element) cases.item(1);
    assertEquals("fires <again> & \"quoted\"", failed.getAttribute("name"));
    assertEquals("20", failed.getAttribute("line"));
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertEquals("alerts does not hold", failure.getAttribute("message"));
    assertTrue(
        failure.getTextContent().contains("alerts: expected 1\n          got 0"),
        failure.getTextContent());
    assertEquals(1, ((Element) cases.item(2)).getElementsByTagName("skipped").getLength());
    Element error = (Element) ((Element) cases.item(3)).getElementsByTagName("error").item(0);
    assertEquals("the query failed: \"x\" < y", error.getAttribute("message"));
    Element files = (Element) suites.item(1);
    assertEquals("test files", files.getAttribute("name"));
    assertEquals(1, files.getElementsByTagName("testcase").getLength());
  }
}
