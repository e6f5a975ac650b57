package org.jobline.trust;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobline.gsm.Gsm7;
import org.junit.jupiter.api.Test;

/** Issue 21's SMS texts fit one GSM-7 SMS in both languages, with the longest ref and short code they can carry. */
class TrustTextsTest {
  @Test
  void everySmsTextFitsOneSegmentInBothLanguages() {
    for (String lang : new String[] {"fr", "en"}) {
      for (String key : new String[] {"report.done", "report.again", "report.unknown", "report.needRef", "correction.sms"}) {
        String text = TrustTexts.get(lang, key, "X12345678901", "88881234567");
        assertThat(Gsm7.fits(text)).as(lang + " " + key + ": " + text).isTrue();
        assertThat(Gsm7.septets(text)).as(lang + " " + key + ": " + text).isLessThanOrEqualTo(160);
      }
    }
    assertThat(TrustTexts.get("en", "correction.sms", "K4821", "8888")).startsWith("Job K4821 withdrawn: do not pay");
    assertThat(TrustTexts.get("fr", "correction.sms", "K4821", "8888")).startsWith("Offre K4821 retiree: ne payez rien");
  }
}
