package org.jobline.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jobline.config.AppConfig.ReferenceDataConfig;
import org.jobline.refdata.Named;
import org.jobline.refdata.ReferenceData;
import org.jobline.refdata.ReferenceDataLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trade and region matching against the shipped config/*.csv. */
class ProfileMatcherTest {
  static ProfileMatcher matcher;

  @BeforeAll
  static void load() {
    ReferenceData refs = ReferenceDataLoader.load(
        new ReferenceDataConfig("config/regions.csv", "config/trades.csv", "config/trade-categories.csv"));
    matcher = new ProfileMatcher(refs);
  }

  private static ProfileMatch match(String text) {
    return matcher.match(SmsParser.words(text));
  }

  private static List<String> codes(List<? extends Named> entries) {
    return entries.stream().map(Named::code).toList();
  }

  @ParameterizedTest(name = "\"{0}\" -> trades {1}, region {2}")
  @CsvSource(delimiter = '|', value = {
      "macon kara                      | MACON              | KAR",
      "macon, soudeur KARA             | MACON SOUD         | KAR",
      "electricien lome                | ELEC               | LOM",
      "plumber kara                    | PLOMB              | KAR",
      "maçons                          | MACON              | ''",
      "Maçons à Lomé                   | MACON              | LOM",
      "mecanicien auto grand lome      | MECAUTO            | LOM",
      "mécanicien moto Sokodé          | MECMOTO            | CEN",
      "electricen lomee                | ELEC               | LOM",
      "soudeurs plateaux               | SOUD               | PLA",
      "plateau                         | ''                 | PLA",
      "macn kara                       | MACON              | KAR",
      "chauffeur, cuisinier, couturiere savanes | CHAUF CUISIN COUTUR | SAV",
      "welder carpenter savannah       | SOUD MENUIS        | SAV",
      "je suis menuisier a Kpalime     | MENUIS             | PLA",
      "conducteur d'engins maritime    | ENGIN              | MAR",
      "aide macon lome                 | MANOEU             | LOM",
      "ELEC LOM                        | ELEC               | LOM",
      "car mechanic kara               | MECAUTO            | KAR",
      "infirmiere dapaong              | INFIRM             | SAV",
      "coiffeuses lome                 | COIFF              | LOM",
      "Bonjour, je suis maçon à Kara, merci | MACON | KAR",
  })
  void matchesTradesAndRegions(String text, String trades, String region) {
    ProfileMatch m = match(text);
    assertThat(m.problems()).as("problems").isEmpty();
    assertThat(codes(m.trades())).isEqualTo(trades.isEmpty() ? List.of() : List.of(trades.split(" ")));
    assertThat(codes(m.regions())).isEqualTo(region.isEmpty() ? List.of() : List.of(region));
  }

  @Test
  void everywhereWordsMeanAllRegions() {
    ProfileMatch m = match("macon partout");
    assertThat(m.allRegions()).isTrue();
    assertThat(m.regions()).isEmpty();
    assertThat(codes(m.trades())).containsExactly("MACON");
  }

  @Test
  void unknownWordGetsTheClosestChoices() {
    ProfileMatch m = match("macxxn kara");
    ProfileMatch.Problem p = match("plombxxxx kara").problems().get(0);
    assertThat(p.word()).isEqualTo("plombxxxx");
    assertThat(p.ambiguous()).isFalse();
    assertThat(p.choices()).hasSizeBetween(1, 3);
    assertThat(codes(p.choices())).first().isEqualTo("PLOMB");
    assertThat(m.problems()).extracting(ProfileMatch.Problem::word).containsExactly("macxxn");
    assertThat(codes(m.problems().get(0).choices())).contains("MACON");
  }

  @Test
  void aWordNamingNothingIsNotForcedOntoATrade() {
    ProfileMatch m = match("astronaute lome");
    assertThat(m.trades()).isEmpty();
    assertThat(codes(m.regions())).containsExactly("LOM");
    assertThat(m.problems()).extracting(ProfileMatch.Problem::word).containsExactly("astronaute");
  }

  @Test
  void aTypoEquallyCloseToTwoEntriesIsAmbiguous() {
    // one typo away from both "caisse" (cashier) and "saisie" (data entry)
    ProfileMatch m = match("caisie kara");
    assertThat(m.problems()).hasSize(1);
    ProfileMatch.Problem p = m.problems().get(0);
    assertThat(p.word()).isEqualTo("caisie");
    assertThat(p.ambiguous()).isTrue();
    assertThat(codes(p.choices())).containsExactlyInAnyOrder("CAISSE", "SAISIE");
    assertThat(codes(m.regions())).containsExactly("KAR");
  }

  @Test
  void shortWordsNeedAnExactMatch() {
    assertThat(match("zem").trades()).extracting(Named::code).containsExactly("MOTOTAX");
    assertThat(match("zim").problems()).hasSize(1);
  }

  @Test
  void distanceCountsASwapOfNeighboursAsOne() {
    assertThat(Distance.damerau("macon", "mcaon")).isEqualTo(1);
    assertThat(Distance.damerau("soudeur", "sodueur")).isEqualTo(1);
    assertThat(Distance.damerau("kara", "kara")).isZero();
    assertThat(Distance.damerau("", "abc")).isEqualTo(3);
    assertThat(Distance.tolerance(3)).isZero();
    assertThat(Distance.tolerance(7)).isEqualTo(1);
    assertThat(Distance.tolerance(8)).isEqualTo(2);
  }
}
