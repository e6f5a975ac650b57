package org.jobline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV exports: formula cells neutralised (= + - @ tab CR, issue 24 point 10), phone numbers kept as text. */
class CsvTest {
  @Test
  void formulaLikeCellsGetALeadingApostrophe() {
    assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(Csv.cell("+1+cmd|' /C calc'!A0")).isEqualTo("\"'+1+cmd|' /C calc'!A0\"");
    assertThat(Csv.cell("-2+3")).isEqualTo("\"'-2+3\"");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(Csv.cell("\t=1+1")).isEqualTo("\"'\t=1+1\"");
    assertThat(Csv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    assertThat(Csv.cell("Maçon; \"chef\"")).isEqualTo("\"Maçon; \"\"chef\"\"\"");
  }

  @Test
  void phoneNumbersStayTextAndTimesAreLocal() {
    assertThat(Csv.cell("+22890123456")).isEqualTo("\"=\"\"+22890123456\"\"\"");
    assertThat(Csv.cell("+22890****56")).isEqualTo("\"=\"\"+22890****56\"\"\"");
    assertThat(Csv.time(0L, ZoneId.of("Africa/Lome"))).isEmpty();
    assertThat(Csv.time(1_767_225_600_000L, ZoneId.of("Africa/Lome"))).isEqualTo("01/01/2026 00:00");
    assertThat(new Csv(List.of("a", "b")).row(List.of("1", "=2")).toString()).isEqualTo("\uFEFF\"a\";\"b\"\r\n\"1\";\"'=2\"\r\n");
  }
}
