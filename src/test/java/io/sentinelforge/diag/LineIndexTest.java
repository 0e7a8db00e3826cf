package io.sentinelforge.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineIndexTest {

  @ParameterizedTest
  @CsvSource({"0,1,1", "2,1,3", "3,2,1", "5,2,3", "6,3,1", "8,4,1"})
  void offsetsToLinesAndColumns(int offset, int line, int column) {
    LineIndex index = LineIndex.of("ab\nc\r\nd\re");
    assertEquals(line, index.line(offset));
    assertEquals(column, index.column(offset));
  }
}
