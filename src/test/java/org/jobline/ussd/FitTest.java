package org.jobline.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobline.gsm.Gsm7;
import org.junit.jupiter.api.Test;

/** Shortening texts for screens: the longest argument gives way first, and the result is GSM-7. */
class FitTest {
  @Test
  void cutMarksWhatWasRemoved() {
    assertThat(Fit.cut("Grand Lome", 20)).isEqualTo("Grand Lome");
    assertThat(Fit.cut("Transformation agroalimentaire", 10)).isEqualTo("Transfor..").hasSize(10);
    assertThat(Fit.cut("abcdef", 3)).isEqualTo("abc");
  }

  @Test
  void fillShrinksTheLongestArgumentFirst() {
    String out = Fit.fill("{0} / {1}", 30, "court", "un texte beaucoup trop long pour tenir ici");
    assertThat(out).hasSizeLessThanOrEqualTo(30).startsWith("court / un texte");
    assertThat(out).endsWith("..");
  }

  @Test
  void fillKeepsEveryArgumentVisibleWhenSeveralAreLong() {
    String out = Fit.fill("{0}\n{1}\n{2}", 40, "a".repeat(30), "b".repeat(30), "c".repeat(30));
    assertThat(out).hasSizeLessThanOrEqualTo(40).contains("aaa", "bbb", "ccc");
  }

  @Test
  void fillTransliteratesArguments() {
    String out = Fit.fill("{0}", 160, "Maçon – œuvre « vite » 😀");
    assertThat(Gsm7.fits(out)).isTrue();
    assertThat(out).startsWith("Macon");
  }

  @Test
  void extensionCharactersCountTwoSeptets() {
    assertThat(Fit.cut("{}[]~|^\\€€", 20)).isEqualTo("{}[]~|^\\€€");
    String cut = Fit.cut("{}[]~|^\\€€abc", 10);
    assertThat(cut).isEqualTo("{}[]..");
    assertThat(Gsm7.septets(cut)).isEqualTo(10);
    String filled = Fit.fill("{0} / {1}", 30, "court", "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{");
    assertThat(Gsm7.septets(filled)).isLessThanOrEqualTo(30);
    assertThat(filled).startsWith("court / {{{");
  }

  @Test
  void anArgumentIsNeverReadAsAPattern() {
    assertThat(Fit.fill("{0} - {1}", 160, "{1}{0}", "Lome")).isEqualTo("{1}{0} - Lome");
    assertThat(new UssdTexts().get("fr", "confirm.title", "{1}", "X")).isEqualTo("Confirmer?\nRegion: {1}\nMetiers: X");
  }

  @Test
  void strictKeepsTheLetterUnderAnUnknownAccent() {
    assertThat(Gsm7.strict("Ağbodrafo Şoko")).isEqualTo("Agbodrafo Soko");
  }

  @Test
  void strictLeavesCleanTextAloneAndCleansTheRest() {
    String clean = "Grand Lomé, Électricien";
    assertThat(Gsm7.strict(clean)).isSameAs(clean);
    assertThat(Gsm7.strict("Maçon 😀")).isEqualTo("Macon ?");
  }
}
