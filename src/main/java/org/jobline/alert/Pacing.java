package org.jobline.alert;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jobline.store.Tx;

/**
 * The daily cap: at most {@code cap} alerts due per subscriber and calendar day (in the deployment's
 * time zone). Over the cap, the alert waits for tomorrow, newest vacancies first: when tomorrow is
 * full, the oldest vacancy waiting there moves on a day (and so on). Quiet hours are not here: the
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
   * Epoch ms when an alert for a vacancy newer than the subscriber's others is to leave: 0 (now)
   * while under today's cap, else tomorrow, making room there if needed.
   */
  public long notBefore(Tx tx, long subscriberId, int dueToday) throws SQLException {
    if (dueToday < cap) {
      return 0;
    }
    makeRoom(tx, subscriberId, 1);
    return dayStart(1);
  }

  /** Moves the oldest waiting alert of a full day to the next day, recursively, up to the horizon. */
  private void makeRoom(Tx tx, long subscriberId, int day) throws SQLException {
    if (day >= HORIZON_DAYS || due(tx, subscriberId, day) < cap) {
      return;
    }
    makeRoom(tx, subscriberId, day + 1);
    AlertRows.Waiting oldest = AlertRows.oldestWaiting(tx, subscriberId, dayStart(day), dayStart(day + 1));
    if (oldest != null) {
      AlertRows.move(tx, oldest, dayStart(day + 1), now());
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
