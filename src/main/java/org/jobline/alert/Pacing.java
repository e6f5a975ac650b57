package org.jobline.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The daily cap: at most {@code cap} alerts due per subscriber and calendar day (in the deployment's
 * time zone); one over the cap waits for the first later day with room. Quiet hours are not here:
 * the delivery engine's dispatcher applies them to every queued alert.
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

  /** Epoch ms when an alert is to leave: 0 (now) while under today's cap, else the start of a later day. */
  public long notBefore(Connection c, long subscriberId, int dueToday) throws SQLException {
    if (dueToday < cap) {
      return 0;
    }
    try (PreparedStatement p = c.prepareStatement(AlertSql.COUNT_DUE)) {
      for (int day = 1; day < HORIZON_DAYS; day++) {
        p.setLong(1, subscriberId);
        p.setLong(2, dayStart(day));
        p.setLong(3, dayStart(day + 1));
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next() && rs.getInt(1) < cap) {
            return dayStart(day);
          }
        }
      }
    }
    return dayStart(HORIZON_DAYS);
  }

  /** Alerts already due for a subscriber today. */
  int dueToday(Connection c, long subscriberId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(AlertSql.COUNT_DUE)) {
      p.setLong(1, subscriberId);
      p.setLong(2, dayStart(0));
      p.setLong(3, dayStart(1));
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /** End of a closing date (exclusive) in epoch ms: when its alerts stop being worth sending. */
  public long endOf(String closingDate) {
    return LocalDate.parse(closingDate).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
  }
}
