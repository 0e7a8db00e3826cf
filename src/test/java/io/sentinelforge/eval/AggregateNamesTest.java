package io.sentinelforge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sentinelforge.eval.table.Table;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Default output names (and values) of registry aggregates, from the reference's examples. */
class AggregateNamesTest {

  private static final String XY =
      "datatable(x:real, y:real) [1.0, 14.0, 2.0, 10.0, 3.0, 17.0, 4.0, 20.0, 5.0, 50.0]"
          + " | extend d = bag_pack('x', x)";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "covariance(x, y)|covariance_x_y|20.5",
        "covariancep(x, y)|covariancep_x_y|16.4",
        "covarianceif(x, y, x > 0)|covarianceif_x_y|20.5",
        "covariancepif(x, y, x > 0)|covariancepif_x_y|16.4",
        "buildschema(d)|schema_d|{\"x\":\"double\"}"
      })
  void namesTheOutputColumn(String aggregate, String name, String value) {
    Table table = EvalTesting.table(XY + " | summarize " + aggregate);
    assertEquals(List.of(name), table.names());
    assertEquals(value, EvalTesting.rows(table).get(0).get(0));
  }
}
