package org.jobline.gsm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The GSM 03.38 character set, segment arithmetic and French transliteration, as tables. */
class Gsm7Test {

  /** Every character of the basic set fits and costs one septet. */
  @ParameterizedTest
  @ValueSource(strings = {"@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?",
      "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà", "\n\r"})
  void basicSetCostsOneSeptetEach(String chars) {
    for (char c : chars.toCharArray()) {
      assertThat(Gsm7.fits(String.valueOf(c))).as("U+%04X", (int) c).isTrue();
      assertThat(Gsm7.septets(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(chars = {'^', '{', '}', '\\', '[', ']', '~', '|', '€'})
  void extensionSetCostsTwoSeptets(char c) {
    assertThat(Gsm7.fits(String.valueOf(c))).isTrue();
    assertThat(Gsm7.septets(String.valueOf(c))).isEqualTo(2);
  }

  /** Characters outside GSM-7 (French ones included), their transliteration and what it costs. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "ç|c", "â|a", "ê|e", "î|i", "ô|o", "û|u", "ë|e", "ï|i", "ÿ|y", "œ|oe", "Œ|OE", "À|A", "È|E", "Ê|E",
      "Ô|O", "Ù|U", "«|\"", "»|\"", "’|'", "‘|'", "\u00A0|` `", "\u202F|` `", "–|-", "—|-", "…|..."})
  void frenchCharactersOutsideGsm7AreTransliterated(String c, String expected) {
    assertThat(Gsm7.fits(c)).isFalse();
    assertThat(Gsm7.cost(c).encoding()).isEqualTo(Gsm7.Encoding.UCS2);
    assertThat(Gsm7.transliterate(c)).isEqualTo(expected);
    assertThat(Gsm7.fits(Gsm7.transliterate(c))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // label, text length, char, encoding, units, segments
      "160 GSM-7 is one segment, 160, a, GSM7, 160, 1",
      "161 GSM-7 is two, 161, a, GSM7, 161, 2",
      "306 GSM-7 is two, 306, a, GSM7, 306, 2",
      "307 GSM-7 is three, 307, a, GSM7, 307, 3",
      "80 euro signs are 160 septets, 80, €, GSM7, 160, 1",
      "81 euro signs are two segments, 81, €, GSM7, 162, 2",
      "70 UCS-2 is one segment, 70, ç, UCS2, 70, 1",
      "71 UCS-2 is two, 71, ç, UCS2, 71, 2",
      "134 UCS-2 is two, 134, ç, UCS2, 134, 2",
      "135 UCS-2 is three, 135, ç, UCS2, 135, 3"})
  void countsSegments(String label, int length, String c, Gsm7.Encoding encoding, int units, int segments) {
    Gsm7.Cost cost = Gsm7.cost(c.repeat(length));
    assertThat(cost).isEqualTo(new Gsm7.Cost(encoding, units, segments));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Maçon à Lomé: prêt l’été|Macon à Lomé: pret l'été",
      "Élève — « cœur »|Élève - \" coeur \"",
      "emoji 😀 stays|emoji 😀 stays"})
  void transliteratesOnlyWhatItKnows(String in, String out) {
    assertThat(Gsm7.transliterate(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"emoji 😀", "中文", "Привет"})
  void strictReplacesTheRestWithQuestionMarks(String in) {
    String s = Gsm7.strict(in);
    assertThat(Gsm7.fits(s)).isTrue();
    assertThat(s).contains("?");
  }

  @org.junit.jupiter.api.Test
  void headAndCutCountSeptetsNotCharacters() {
    assertThat(Gsm7.head("a€b", 2)).isEqualTo("a");
    assertThat(Gsm7.head("a€b", 3)).isEqualTo("a€");
    assertThat(Gsm7.head("ab😀", 3)).as("a surrogate pair is not split").isEqualTo("ab");
    String title = "{".repeat(100);
    assertThat(title).hasSize(100);
    String cut = Gsm7.cut(title, 160, "..");
    assertThat(Gsm7.septets(cut)).isLessThanOrEqualTo(160);
    assertThat(cut).endsWith("..").hasSize(79 + 2);
    assertThat(Gsm7.cut("short", 160, "..")).isEqualTo("short");
  }
}
