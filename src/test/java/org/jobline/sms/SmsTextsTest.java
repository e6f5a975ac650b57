package org.jobline.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.jobline.gsm.Gsm7;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundles: both languages have every text, and the short answers fit one GSM-7 segment. */
class SmsTextsTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "fr, help", "en, help", "fr, help2", "en, help2",
      "fr, stop.ok", "en, stop.ok",
      "fr, start.ok", "en, start.ok",
      "fr, start.already", "en, start.already",
      "fr, language.set", "en, language.set",
      "fr, language.need", "en, language.need",
      "fr, register.needTrade", "en, register.needTrade",
      "fr, register.tooManyTrades", "en, register.tooManyTrades",
      "fr, offers.notRegistered", "en, offers.notRegistered",
      "fr, offers.none", "en, offers.none",
      "fr, info.needRef", "en, info.needRef",
      "fr, apply.needRef", "en, apply.needRef",
      "fr, profile.none", "en, profile.none"})
  void shortAnswersFitOneGsmSegment(String language, String key) {
    assertOneSegment(SmsTexts.get(language, key));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fr", "en"})
  void filledConfirmationsFitOneGsmSegment(String language) {
    assertOneSegment(SmsTexts.get(language, "register.ok", "Maçon, Soudeur, Électricien", "Grand Lomé"));
    assertOneSegment(SmsTexts.get(language, "register.okShort", "REPTEL,ELECTRON,AGROALI", "Grand Lomé"));
    assertOneSegment(SmsTexts.get(language, "register.needRegion", "Électricien",
        "Grand Lomé, Maritime, Plateaux, Centrale, Kara, Savanes"));
    assertOneSegment(SmsTexts.get(language, "register.unknown", "plombxxxx", "Plombier, Plumber, Peintre"));
    assertOneSegment(SmsTexts.get(language, "info.notFound", "K4821"));
    assertOneSegment(SmsTexts.get(language, "apply.already", "K4821", "+22890998877"));
    assertOneSegment(SmsTexts.get(language, "profile.show", "Maçon, Soudeur, Électricien", "Grand Lomé",
        SmsTexts.get(language, "profile.stopped")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sms_fr", "sms_en"})
  void bothBundlesHaveTheSameKeys(String bundle) throws Exception {
    String other = bundle.endsWith("fr") ? "sms_en" : "sms_fr";
    assertThat(load(bundle).stringPropertyNames()).isEqualTo(load(other).stringPropertyNames());
  }

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = SmsTextsTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  private static void assertOneSegment(String text) {
    Gsm7.Cost cost = Gsm7.cost(Gsm7.transliterate(text));
    assertThat(cost.encoding()).as(text).isEqualTo(Gsm7.Encoding.GSM7);
    assertThat(cost.segments()).as(text + " (" + cost.units() + " septets)").isEqualTo(1);
  }
}
