package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTest {
  private static final ZoneId LOME = ZoneId.of("Africa/Lome");

  @ParameterizedTest(name = "{0} at {1} -> quiet {2}, next {3}")
  @CsvSource({
      "20:00-07:00, 2026-03-02T19:59:00Z, false, 2026-03-02T19:59:00Z",
      "20:00-07:00, 2026-03-02T20:00:00Z, true,  2026-03-03T07:00:00Z",
      "20:00-07:00, 2026-03-02T23:30:00Z, true,  2026-03-03T07:00:00Z",
      "20:00-07:00, 2026-03-03T03:15:00Z, true,  2026-03-03T07:00:00Z",
      "20:00-07:00, 2026-03-03T07:00:00Z, false, 2026-03-03T07:00:00Z",
      "12:00-14:00, 2026-03-03T13:00:00Z, true,  2026-03-03T14:00:00Z",
      "12:00-14:00, 2026-03-03T14:30:00Z, false, 2026-03-03T14:30:00Z",
      "off,         2026-03-02T23:30:00Z, false, 2026-03-02T23:30:00Z",
      "08:00-08:00, 2026-03-02T08:00:00Z, false, 2026-03-02T08:00:00Z"})
  void tellsWhetherAlertsMayGoAndWhen(String spec, String at, boolean quiet, String next) {
    QuietHours q = QuietHours.parse(spec, LOME);
    assertThat(q.isQuiet(Instant.parse(at))).isEqualTo(quiet);
    assertThat(q.nextAllowed(Instant.parse(at))).isEqualTo(Instant.parse(next));
  }

  @Test
  void usesTheConfiguredTimeZone() {
    QuietHours paris = QuietHours.parse("20:00-07:00", ZoneId.of("Europe/Paris"));
    assertThat(paris.isQuiet(Instant.parse("2026-03-02T19:30:00Z"))).isTrue();
    assertThat(paris.nextAllowed(Instant.parse("2026-03-02T19:30:00Z"))).isEqualTo(Instant.parse("2026-03-03T06:00:00Z"));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> QuietHours.parse("tonight", LOME)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuietHours.parse("25:00-07:00", LOME)).isInstanceOf(IllegalArgumentException.class);
  }
}
