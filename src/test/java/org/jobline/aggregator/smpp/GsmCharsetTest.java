package org.jobline.aggregator.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobline.gsm.Gsm7;
import org.junit.jupiter.api.Test;

/** The octet table and the project's encoder agree on every character, so they cannot drift apart. */
class GsmCharsetTest {
  @Test
  void hasACodeExactlyForWhatGsm7Fits() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(GsmCharset.has((char) c)).as("U+%04X", c).isEqualTo(Gsm7.isGsm((char) c));
      if (Gsm7.isGsm((char) c)) {
        String s = String.valueOf((char) c);
        assertThat(GsmCharset.encode(s)).as("U+%04X septets", c).hasSize(Gsm7.septets(s));
        byte[] b = GsmCharset.encode(s);
        assertThat(GsmCharset.decode(b, 0, b.length)).as("U+%04X round trip", c).isEqualTo(s);
      }
    }
  }
}
