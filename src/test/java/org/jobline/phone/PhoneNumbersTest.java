package org.jobline.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jobline.http.ErrorHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

/** Normalisation to E.164 with Togo (TG) as the default region, and masking for logs. */
class PhoneNumbersTest {
  private final PhoneNumbers tg = new PhoneNumbers("TG");

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      local, spaced                 | 90 12 34 56        | +22890123456
      local, packed                 | 90123456           | +22890123456
      local, other operator         | 70 12 34 56        | +22870123456
      international 00 prefix       | 0022890123456      | +22890123456
      international +, spaced       | +228 90 12 34 56   | +22890123456
      E.164 already                 | +22890123456       | +22890123456
      country code without +        | 228 90123456       | +22890123456
      country code without +, packed| 22890123456        | +22890123456
      punctuation                   | (+228) 90-12-34-56 | +22890123456
      surrounding blanks            | '  +22890123456  ' | +22890123456
      Ghana mobile                  | +233 24 123 4567   | +233241234567
      Ghana via 00                  | 00233241234567     | +233241234567
      """)
  void validNumbersBecomeE164(String label, String raw, String e164) {
    assertThat(tg.normalise(raw)).isEqualTo(e164);
    assertThat(tg.normalise(raw)).as("the remembered answer").isEqualTo(e164);
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      too short               | 123               | not a valid phone number
      letters                 | abc               | not a phone number
      empty                   | ''                | missing
      blank                   | '   '             | missing
      Togo, too short         | +228 1234         | not a valid phone number
      Togo, unassigned range  | +22800000000      | not a valid phone number
      Togo, one digit short   | +228 90 12 34 5   | not a valid phone number
      Togo, one digit too many| +228901234567     | not a valid phone number
      local, one digit short  | 9012345           | not a valid phone number
      """)
  void invalidNumbersAreRefusedWithoutEchoingTheNumber(String label, String raw, String problem) {
    assertThatThrownBy(() -> tg.normalise(raw)).isInstanceOf(InvalidPhoneNumberException.class);
    assertThatThrownBy(() -> tg.normalise(raw)).as("the remembered refusal")
        .isInstanceOf(InvalidPhoneNumberException.class)
        .hasMessageContaining(problem)
        .satisfies(e -> {
          String digits = raw.replaceAll("\\D", "");
          if (digits.length() >= 4) {
            assertThat(e.getMessage().replaceAll("\\D", "")).doesNotContain(digits);
          }
          assertThat(ErrorHandler.statusOf(e)).isEqualTo(400);
          assertThat(((InvalidPhoneNumberException) e).field()).isEqualTo("phone");
        });
  }

  @Test
  void aLongRawNumberIsParsedWithoutBeingRememberedAndStillRefused() {
    String padded = " ".repeat(40) + "+22890123456";
    assertThat(tg.normalise(padded)).isEqualTo("+22890123456");
    assertThatThrownBy(() -> tg.normalise("9".repeat(300))).isInstanceOf(InvalidPhoneNumberException.class);
  }

  @ParameterizedTest
  @NullSource
  void nullIsRefused(String raw) {
    assertThatThrownBy(() -> tg.normalise(raw)).isInstanceOf(InvalidPhoneNumberException.class).hasMessageContaining("missing");
  }

  @Test
  void defaultRegionComesFromTheCaller() {
    assertThat(new PhoneNumbers("GH").normalise("024 123 4567")).isEqualTo("+233241234567");
    assertThatThrownBy(() -> new PhoneNumbers("GH").normalise("90 12 34 56")).isInstanceOf(InvalidPhoneNumberException.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      +22890123412    | +22890****12
      +233241234567   | +23324****67
      0022890123456   | 00228****56
      90123456        | ****
      123             | ****
      """)
  void maskKeepsEnoughToTellNumbersApart(String number, String masked) {
    assertThat(PhoneNumbers.mask(number)).isEqualTo(masked);
  }

  @Test
  void maskOfNullIsNull() {
    assertThat(PhoneNumbers.mask(null)).isNull();
  }

  @Test
  void maskAllMasksEveryNumberInASentenceAndLeavesTheRestAlone() {
    String line = "Vacancy K4821: alert to +22890123456, reply from 0022891234567 and 90123457 at 12:30 on 2024-05-01";
    String masked = PhoneNumbers.maskAll(line);
    assertThat(masked).isEqualTo(
        "Vacancy K4821: alert to +22890****56, reply from 00228****67 and **** at 12:30 on 2024-05-01");
    assertThat(masked).doesNotContain("90123456").doesNotContain("91234567").doesNotContain("90123457");
  }

  @Test
  void maskAllMasksNumbersWrittenInGroups() {
    assertThat(PhoneNumbers.maskAll("from 90 00 00 00 today")).isEqualTo("from **** today");
    assertThat(PhoneNumbers.maskAll("from +228 90 12 34 56.")).isEqualTo("from +22890****56.");
    assertThat(PhoneNumbers.maskAll("tel 90.12.34.56 / 228-90-12-34-56")).isEqualTo("tel **** / 22890****56");
    assertThat(PhoneNumbers.maskAll("body from=%2B22890123456&text=x")).isEqualTo("body from=+22890****56&text=x");
    assertThat(PhoneNumbers.maskAll("a\u00A0+228\u00A090\u00A012\u00A034\u00A056")).isEqualTo("a\u00A0+22890****56");
    assertThat(PhoneNumbers.maskAll("id ATXid_22890123456")).isEqualTo("id ATXid_22890****56");
    assertThat(PhoneNumbers.maskAll("closing 2027-01-31, 3 of 40 sent, 12:30:45")).isEqualTo("closing 2027-01-31, 3 of 40 sent, 12:30:45");
  }

  @Test
  void maskAllLeavesTextWithoutNumbersUntouched() {
    assertThat(PhoneNumbers.maskAll("K4821 MACON LOM 3 postes")).isEqualTo("K4821 MACON LOM 3 postes");
    assertThat(PhoneNumbers.maskAll("")).isEmpty();
    assertThat(PhoneNumbers.maskAll(null)).isNull();
  }
}
