package org.jobline.outbox;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.jobline.config.AppConfig;

/**
 * The nightly period when alerts are held back ({@code alerts.quietHours}: "HH:mm-HH:mm" in
 * {@code locale.timeZone}, or "off"). The period may span midnight; start == end means never quiet.
 * Replies and confirmations ignore it.
 */
public final class QuietHours {
  private final LocalTime start;
  private final LocalTime end;
  private final ZoneId zone;

  private QuietHours(LocalTime start, LocalTime end, ZoneId zone) {
    this.start = start;
    this.end = end;
    this.zone = zone;
  }

  public static QuietHours of(AppConfig config) {
    return parse(config.alerts().quietHours(), ZoneId.of(config.locale().timeZone()));
  }

  /** Parses "HH:mm-HH:mm" or "off"; an IllegalArgumentException for anything else. */
  public static QuietHours parse(String spec, ZoneId zone) {
    if (spec == null || spec.equalsIgnoreCase("off")) {
      return new QuietHours(null, null, zone);
    }
    String[] parts = spec.split("-");
    try {
      if (parts.length != 2) {
        throw new IllegalArgumentException("quiet hours must be HH:mm-HH:mm or off: " + spec);
      }
      return new QuietHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()), zone);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("quiet hours must be HH:mm-HH:mm or off: " + spec, e);
    }
  }

  public boolean off() {
    return start == null || start.equals(end);
  }

  public boolean isQuiet(Instant at) {
    if (off()) {
      return false;
    }
    LocalTime t = at.atZone(zone).toLocalTime();
    return start.isBefore(end)
        ? !t.isBefore(start) && t.isBefore(end)
        : !t.isBefore(start) || t.isBefore(end);
  }

  /** {@code at} itself when alerts may go then; otherwise the end of the quiet period. */
  public Instant nextAllowed(Instant at) {
    if (!isQuiet(at)) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone);
    ZonedDateTime endToday = local.with(end).withSecond(0).withNano(0);
    return (endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant();
  }
}
