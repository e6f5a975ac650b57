package org.jobline.trust;

import java.sql.SQLException;
import java.time.Clock;
import org.jobline.core.errors.Conflict;
import org.jobline.core.errors.NotFound;
import org.jobline.store.Tx;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.PublishGate;
import org.jobline.vacancy.Vacancy;

/**
 * Verified offers (issue 21 point 1): a partner's "open" is held as a pending review unless the partner is
 * trusted; agency staff opening it validate it; a suspended vacancy or partner never opens. Audited.
 */
public final class Reviews implements PublishGate {
  static final String PENDING = "pending";
  static final String VALIDATED = "validated";
  static final String REJECTED = "rejected";
  private final Clock clock;

  public Reviews(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean publishNow(Tx tx, Actor actor, Vacancy v) throws SQLException {
    if (TrustRows.count(tx, TrustSql.IS_SUSPENDED, v.id()) > 0) {
      throw new Conflict(null, "vacancy " + v.ref() + " was suspended by the agency and cannot be published again");
    }
    TrustRows.PartnerState owner = v.partnerId() == null ? null : TrustRows.partner(tx, v.partnerId()).orElse(null);
    if (owner != null && owner.suspended()) {
      throw new Conflict(null, "partner " + owner.name() + " is suspended by the agency: its vacancies cannot be published");
    }
    String state = TrustRows.text(tx, TrustSql.REVIEW_STATE, v.id());
    long now = clock.millis();
    if (actor.partnerId() == null) {
      if (PENDING.equals(state)) {
        TrustRows.update(tx, TrustSql.REVIEW_DECIDE, VALIDATED, actor.name(), now, null, v.id());
        TrustRows.audit(tx, actor.name(), "vacancy.validate", "vacancy", v.ref(), null, now);
      }
      return true;
    }
    if (owner == null || owner.trusted() || VALIDATED.equals(state)) {
      return true;
    }
    if (!PENDING.equals(state)) {
      TrustRows.update(tx, TrustSql.REVIEW_PENDING, v.id(), actor.name(), now);
      TrustRows.audit(tx, actor.name(), "vacancy.submit", "vacancy", v.ref(), null, now);
    }
    return false;
  }

  /**
   * An untrusted partner may not change the text the agency validated while it is published (a fee could be added
   * after the validation): it asks the agency, or closes it and submits a new vacancy. Drafts stay editable.
   */
  @Override
  public void editing(Tx tx, Actor actor, Vacancy v) throws SQLException {
    if (actor.partnerId() == null || v.partnerId() == null) {
      return;
    }
    TrustRows.PartnerState owner = TrustRows.partner(tx, v.partnerId()).orElse(null);
    if (owner == null || owner.trusted()) {
      return;
    }
    if (v.open()) {
      throw new Conflict(null, "vacancy " + v.ref() + " is published as the agency validated it: ask the agency to "
          + "change it, or close it and submit a new vacancy for validation");
    }
  }

  /** Staff turn a pending offer down with a reason; it stays a draft (the partner may edit and submit it again). */
  public static void reject(Tx tx, Actor staff, Vacancy v, String reason, long now) throws SQLException {
    if (TrustRows.update(tx, TrustSql.REVIEW_DECIDE, REJECTED, staff.name(), now, reason, v.id()) == 0) {
      throw new NotFound("vacancy " + v.ref() + " is not waiting for validation");
    }
    TrustRows.audit(tx, staff.name(), "vacancy.reject", "vacancy", v.ref(), reason, now);
  }

  /** True when the vacancy waits for validation. */
  public static boolean pending(Tx tx, long vacancyId) throws SQLException {
    return PENDING.equals(TrustRows.text(tx, TrustSql.REVIEW_STATE, vacancyId));
  }
}
