package org.jobline.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.jobline.config.ConfigLoader;
import org.jobline.http.ErrorHandler;
import org.jobline.refdata.ReferenceDataLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Per-field validation: each bad input names its field; trade and region accept codes or names. */
class VacancyValidatorTest {
  static final VacancyValidator VALIDATOR = new VacancyValidator(
      ReferenceDataLoader.load(new ConfigLoader().load(null, Map.of("JOBLINE_STORE_PATH",
          Path.of("target", "unused.db").toString())).referenceData()),
      ZoneId.of("Africa/Lome"), Clock.fixed(Instant.parse("2026-06-10T10:00:00Z"), ZoneId.of("UTC")));
  static final VacancyInput GOOD = new VacancyInput("Maçon", null, "MACON", "LOM", null, "BTP Sarl", null, 2, "2026-07-01");

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("no title", with(GOOD, "title", " "), "title"),
        Arguments.of("title too long", with(GOOD, "title", "x".repeat(121)), "title"),
        Arguments.of("no employer", with(GOOD, "employer", null), "employer"),
        Arguments.of("unknown trade", with(GOOD, "trade", "astronaute"), "trade"),
        Arguments.of("no trade", with(GOOD, "trade", ""), "trade"),
        Arguments.of("unknown region", with(GOOD, "region", "Paris"), "region"),
        Arguments.of("positions 0", new VacancyInput("Maçon", null, "MACON", "LOM", null, "BTP", null, 0, null), "positions"),
        Arguments.of("date format", with(GOOD, "closingDate", "01/07/2026"), "closingDate"),
        Arguments.of("impossible date", with(GOOD, "closingDate", "2026-02-30"), "closingDate"),
        Arguments.of("date in the past", with(GOOD, "closingDate", "2026-06-09"), "closingDate"),
        Arguments.of("place too long", with(GOOD, "place", "p".repeat(81)), "place"),
        Arguments.of("contact too long", with(GOOD, "contact", "c".repeat(301)), "contact"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void aBadFieldIsNamed(String label, VacancyInput in, String field) {
    assertThatThrownBy(() -> VALIDATOR.validate(in, in))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field))
        .satisfies(e -> assertThat(ErrorHandler.statusOf(e)).isEqualTo(400));
  }

  @Test
  void tradeAndRegionAcceptCodesAndNamesWhateverTheAccentsAndCase() {
    assertThat(resolve("macon", "LOM")).isEqualTo("MACON/LOM");
    assertThat(resolve("MAÇON", "grand lome")).isEqualTo("MACON/LOM");
    assertThat(resolve("Mason", "Grand Lomé")).isEqualTo("MACON/LOM");
    assertThat(resolve("électricien", "kpalime")).isEqualTo("ELEC/PLA");
    assertThat(resolve("Car mechanic", "Savannah")).isEqualTo("MECAUTO/SAV");
  }

  @Test
  void aValidInputIsTrimmedAndDefaultsOnePosition() {
    VacancyFields f = VALIDATOR.validate(new VacancyInput("  Maçon   confirmé ", "", "MACON", "LOM", "  ",
        "BTP", null, null, "2026-06-10"), GOOD);
    assertThat(f.title()).isEqualTo("Maçon confirmé");
    assertThat(f.description()).isNull();
    assertThat(f.place()).isNull();
    assertThat(f.positions()).isEqualTo(1);
    assertThat(f.closingDate()).isEqualTo("2026-06-10");
  }

  @Test
  void tagsAreKnownCodesInAnyCaseStoredInOneOrderAndAnUnknownOneIsNamed() {
    VacancyInput tagged = new VacancyInput("Titre", null, "MACON", "LOM", null, "Employeur", null, 1, null,
        " womenencouraged; FIRSTJOB firstJob ", null);
    assertThat(VALIDATOR.validate(tagged, tagged).tags()).isEqualTo("firstJob,womenEncouraged");
    assertThat(VALIDATOR.validate(GOOD, GOOD).tags()).isEmpty();
    VacancyInput bad = new VacancyInput("Titre", null, "MACON", "LOM", null, "Employeur", null, 1, null,
        "firstJob,handicap", null);
    assertThatThrownBy(() -> VALIDATOR.validate(bad, bad))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("tags"))
        .satisfies(e -> assertThat(((ValidationException) e).messages("en").get("tags"))
            .isEqualTo("unknown tags 'handicap' (possible tags: firstJob, accessible, womenEncouraged)"))
        .satisfies(e -> assertThat(((ValidationException) e).messages("fr").get("tags"))
            .isEqualTo("Étiquettes : « handicap » inconnue (étiquettes possibles : firstJob, accessible, womenEncouraged)"));
  }

  private static String resolve(String trade, String region) {
    VacancyFields f = VALIDATOR.validate(new VacancyInput("Titre", null, trade, region, null, "Employeur", null, 1, null),
        VacancyInput.EMPTY);
    return f.trade() + "/" + f.region();
  }

  private static VacancyInput with(VacancyInput in, String field, String value) {
    return new VacancyInput(field.equals("title") ? value : in.title(), in.description(),
        field.equals("trade") ? value : in.trade(), field.equals("region") ? value : in.region(),
        field.equals("place") ? value : in.place(), field.equals("employer") ? value : in.employer(),
        field.equals("contact") ? value : in.contact(), in.positions(),
        field.equals("closingDate") ? value : in.closingDate());
  }
}
