package org.jobline.trust;

import java.sql.SQLException;
import java.util.Optional;
import org.jobline.store.Tx;
import org.jobline.vacancy.Vacancies;
import org.jobline.vacancy.Vacancy;

/**
 * Scam reports (issue 21 point 2): SIGNALER / REPORT by SMS and the USSD item, stored once per person and
 * vacancy with the reporter's subscriber id (never the number). Any vacancy that exists may be reported, open
 * or not (a fee may be asked after the offer closed); the channels write the acknowledgement.
 */
public final class ScamReports {
  /** At most this much of what the person wrote is kept. */
  static final int MAX_TEXT = 500;
  /** Longer than any ref: not looked up. */
  static final int MAX_REF = 20;

  /** What became of a report. */
  public enum Result { RECORDED, ALREADY, UNKNOWN_VACANCY }

  private ScamReports() {}

  /** Records the report of {@code subscriberId} on vacancy {@code ref}, with {@code text} (may be null). */
  public static Result record(Tx tx, long subscriberId, String ref, String text, String channel, long now)
      throws SQLException {
    Optional<Vacancy> v = ref == null || ref.isBlank() || ref.length() > MAX_REF ? Optional.empty() : Vacancies.byRef(tx, ref);
    if (v.isEmpty()) {
      return Result.UNKNOWN_VACANCY;
    }
    String kept = text == null || text.isBlank() ? null : clip(text.strip().replaceAll("\\s+", " "));
    int added = TrustRows.update(tx, TrustSql.INSERT_REPORT, v.get().id(), subscriberId, channel, kept, now);
    return added == 1 ? Result.RECORDED : Result.ALREADY;
  }

  /**
   * What the person wrote after the keyword and the ref, from the stored inbound SMS ({@code SIGNALER K4821 ils
   * demandent 5000F} gives "ils demandent 5000F"); null when nothing follows.
   */
  public static String smsText(Tx tx, long inboundId, String ref) throws SQLException {
    String raw = TrustRows.text(tx, TrustSql.INBOUND_TEXT, inboundId);
    if (raw == null) {
      return null;
    }
    String flat = raw.strip().replaceAll("\\s+", " ");
    int space = flat.indexOf(' ');
    String rest = space < 0 ? "" : flat.substring(space + 1);
    String digits = ref == null ? "" : ref.replaceAll("\\D", "");
    int at = digits.isEmpty() ? -1 : rest.indexOf(digits);
    if (at >= 0 && at < 12) {
      rest = rest.substring(at + digits.length());
    }
    rest = rest.replaceFirst("^[\\s:,.;-]+", "").strip();
    return rest.isEmpty() ? null : rest;
  }

  private static String clip(String s) {
    return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
  }
}
