package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Calls.call;
import static io.sentinelforge.eval.function.Calls.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Domain Punycode against the reference's examples, both ways. */
class PunycodeDomainsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Lê Lợi。Thuận Thiên。com|xn--L Li-gpa4517b.xn--Thun Thin-s4a7194f.com",
        "Riðill｡Skáldskaparmál｡org|xn--Riill-jta.xn--Skldskaparml-dbbj.org",
        "Kaledvoulc'h.Artorījos.edu|Kaledvoulc'h.xn--Artorjos-ejb.edu",
        "example.com|example.com"
      })
  void encodesDomains(String domain, String encoded) {
    assertEquals(encoded, call("punycode_domain_to_string", s(domain)).toKqlString());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "xn--Ge-mia.Bulg.edu|Gáe.Bulg.edu",
        "xn--Lin-8na.Celtchair.org|Lúin.Celtchair.org",
        "xn--Ry-lja8c.xn--Jng-uta63a.xn--Bng-9ka.com|Rúyì.Jīngū.Bàng.com",
        "XN--Ge-mia.Bulg.edu|Gáe.Bulg.edu",
        "xn--Ge-mi!a.Bulg.edu|\"\""
      })
  void decodesDomains(String encoded, String domain) {
    assertEquals(domain, call("punycode_domain_from_string", s(encoded)).toKqlString());
  }
}
