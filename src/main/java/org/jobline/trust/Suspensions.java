package org.jobline.trust;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jobline.core.errors.NotFound;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.store.Tx;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.Vacancies;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyService;

/**
 * Suspending a vacancy or a partner (issue 21 point 2), inside one write transaction: the vacancy closes (its
 * queued alerts are cancelled in the outbox at once), the suspension row is written once, and only then each
 * person already alerted (or interested) gets one correction SMS; a repeat finds the row and sends nothing.
 */
final class Suspensions {
  private final VacancyService vacancies;
  private final Outbox outbox;
  private final String shortCode;

  Suspensions(VacancyService vacancies, Outbox outbox, String shortCode) {
    this.vacancies = vacancies;
    this.outbox = outbox;
    this.shortCode = shortCode;
  }

  /** Suspends the vacancy; the number of corrections queued (0 when it was already suspended). */
  int vacancy(Tx tx, Actor staff, String ref, String reason, long now) throws SQLException {
    Vacancy v = Vacancies.byRef(tx, ref).orElseThrow(() -> new NotFound("no vacancy with reference '" + ref + "'"));
    if (TrustRows.update(tx, TrustSql.INSERT_SUSPENSION, v.id(), staff.name(), reason, now) == 0) {
      return 0;
    }
    vacancies.closeIn(tx, staff, v.ref());
    TrustRows.update(tx, TrustSql.REVIEW_DECIDE, Reviews.REJECTED, staff.name(), now, reason, v.id());
    List<TrustRows.Recipient> people = TrustRows.toCorrect(tx, v.id());
    List<OutboundSms> sms = new ArrayList<>(people.size());
    for (TrustRows.Recipient r : people) {
      String text = TrustTexts.get(r.language(), "correction.sms", v.ref(), shortCode);
      sms.add(new OutboundSms(r.phone(), r.subscriberId(), null, text, r.language(), OutboundSms.Kind.REPLY, 0, null));
    }
    if (!sms.isEmpty()) {
      outbox.enqueueAll(tx, sms);
    }
    TrustRows.update(tx, TrustSql.SET_CORRECTIONS, sms.size(), v.id());
    TrustRows.audit(tx, staff.name(), "vacancy.suspend", "vacancy", v.ref(),
        "corrections=" + sms.size() + (reason == null ? "" : "; " + reason), now);
    return sms.size();
  }

  /**
   * Suspends the partner: its users are signed out (and refused while suspended), its API keys answer 403, its
   * open vacancies are suspended as above and its pending ones rejected. The refs suspended now.
   */
  List<String> partner(Tx tx, Actor staff, long partnerId, String reason, long now) throws SQLException {
    TrustRows.PartnerState p = TrustRows.partner(tx, partnerId)
        .orElseThrow(() -> new NotFound("no partner with id " + partnerId));
    boolean fresh = TrustRows.update(tx, TrustSql.SUSPEND_PARTNER, now, partnerId) == 1;
    TrustRows.update(tx, TrustSql.CLOSE_PARTNER_SESSIONS, partnerId);
    List<String> done = new ArrayList<>();
    for (String ref : TrustRows.strings(tx, TrustSql.PARTNER_OPEN_REFS, partnerId, 1)) {
      vacancy(tx, staff, ref, reason, now);
      done.add(ref);
    }
    for (String ref : TrustRows.strings(tx, TrustSql.PARTNER_PENDING, partnerId, 2)) {
      long id = Vacancies.byRef(tx, ref).orElseThrow().id();
      TrustRows.update(tx, TrustSql.REVIEW_DECIDE, Reviews.REJECTED, staff.name(), now, reason, id);
    }
    if (fresh) {
      TrustRows.audit(tx, staff.name(), "partner.suspend", "partner", String.valueOf(partnerId),
          p.name() + ": " + done.size() + " vacancies suspended" + (reason == null ? "" : "; " + reason), now);
    }
    return done;
  }
}
