package org.jobline.alert;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jobline.store.Tx;

/**
 * The daily cap: at most {@code cap} alerts due per subscriber and calendar day (in the deployment's
 * time zone). Over the cap, the alert waits for tomorrow, newest vacancies first: when tomorrow is
 * full, the oldest vacancy waiting there moves on a day (and so on). Vacancies whose tags target the
 * person (firstJob, accessible, womenEncouraged against the optional answers) go before untargeted
 * ones, today included: a targeted alert over today's cap sends today's untargeted waiting one on. Quiet hours are not here: the
 * delivery engine's dispatcher applies them to every queued alert.
 */
public final class Pacing {
  static final int HORIZON_DAYS = 60;
  private final int cap;
  private final ZoneId zone;
  private final Clock clock;

  public Pacing(int cap, ZoneId zone, Clock clock) {
    this.cap = cap;
    this.zone = zone;
    this.clock = clock;
  }

  public int cap() {
    return cap;
  }

  public long now() {
    return clock.millis();
  }

  /** Epoch ms at the start of today + {@code days} in the deployment's time zone. */
  public long dayStart(int days) {
    return LocalDate.now(clock.withZone(zone)).plusDays(days).atStartOfDay(zone).toInstant().toEpochMilli();
  }

  /**
   * Epoch ms when an alert for a vacancy newer than the subscriber's others is to leave: 0 (now) while under
   * today's cap, else the first day whose waiting alerts it goes before, making room there. It goes before a
   * waiting alert when its vacancy's tags target the person and the other's do not; from tomorrow on, also
   * before an older vacancy of the same kind (today's waiting alerts give way only to a targeted one).
   */
  public long notBefore(Tx tx, long subscriberId, int dueToday, boolean targeted) throws SQLException {
    if (dueToday < cap) {
      return 0;
    }
    for (int day = 0; day < HORIZON_DAYS; day++) {
      if (day > 0 && due(tx, subscriberId, day) < cap) {
        return dayStart(day);
      }
      AlertRows.Waiting lowest = AlertRows.lowestWaiting(tx, subscriberId, dayStart(day), dayStart(day + 1));
      if (lowest != null && goesBefore(targeted, lowest.targeted(), day)) {
        AlertRows.move(tx, lowest, dayStart(day + 1), now());
        makeRoom(tx, subscriberId, day + 1);
        return day == 0 ? 0 : dayStart(day);
      }
    }
    return dayStart(HORIZON_DAYS);
  }

  private static boolean goesBefore(boolean targeted, boolean otherTargeted, int day) {
    return targeted && !otherTargeted || day > 0 && targeted == otherTargeted;
  }

  /** While a day holds more than the cap, its waiting alert that gives way first moves on a day, up to the horizon. */
  private void makeRoom(Tx tx, long subscriberId, int from) throws SQLException {
    for (int day = from; day < HORIZON_DAYS && due(tx, subscriberId, day) > cap; day++) {
      AlertRows.Waiting lowest = AlertRows.lowestWaiting(tx, subscriberId, dayStart(day), dayStart(day + 1));
      if (lowest == null) {
        return;
      }
      AlertRows.move(tx, lowest, dayStart(day + 1), now());
    }
  }

  /** Alerts already due for a subscriber today. */
  int dueToday(Tx tx, long subscriberId) throws SQLException {
    return due(tx, subscriberId, 0);
  }

  private int due(Tx tx, long subscriberId, int day) throws SQLException {
    return AlertRows.countDue(tx, subscriberId, dayStart(day), dayStart(day + 1));
  }

  /** End of a closing date (exclusive) in epoch ms: when its alerts stop being worth sending. */
  public long endOf(String closingDate) {
    return LocalDate.parse(closingDate).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
  }
}
