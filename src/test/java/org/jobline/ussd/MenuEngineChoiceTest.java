package org.jobline.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as an option number in a caller's input: one or two ASCII digits, nothing else. */
class MenuEngineChoiceTest {
  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1     | 1
      9     | 9
      07    | 7
      42    | 42
      99    | 99
      0     | 0
      00    | 0
      ''    | -1
      100   | -1
      1a    | -1
      ' 1'  | -1
      -1    | -1
      +1    | -1
      ١     | -1
      ２    | -1
      """)
  void optionNumbers(String input, int expected) {
    assertThat(MenuEngine.choice(input)).isEqualTo(expected);
  }
}
