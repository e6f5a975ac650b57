package org.jobline.trust;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.List;
import org.jobline.core.errors.Invalid;
import org.jobline.core.errors.NotFound;
import org.jobline.outbox.Outbox;
import org.jobline.store.Store;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.Vacancies;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyService;

/**
 * What agency staff do about trust (issue 21), each in one store transaction with its audit row: validate or
 * reject a pending offer, suspend a vacancy or a partner, trust a partner or not. The admin pages and the
 * scenario runner call it; callers check the role.
 */
public final class TrustDesk {
  public static final int MAX_REASON = 300;
  private final Store store;
  private final VacancyService vacancies;
  private final Suspensions suspensions;
  private final Clock clock;

  public TrustDesk(Store store, VacancyService vacancies, Outbox outbox, String shortCode, Clock clock) {
    this.store = store;
    this.vacancies = vacancies;
    this.suspensions = new Suspensions(vacancies, outbox, shortCode);
    this.clock = clock;
  }

  /** Validates a pending offer: staff open it (the gate records the validation), alerts go out. */
  public Future<Vacancy> validate(Actor staff, String ref) {
    return vacancies.open(staff, ref);
  }

  /** Turns a pending offer down; a reason is required (the partner is told through its page). */
  public Future<Void> reject(Actor staff, String ref, String reason) {
    String why = reason(reason, true);
    return store.write(tx -> {
      Vacancy v = Vacancies.byRef(tx, ref).orElseThrow(() -> new NotFound("no vacancy with reference '" + ref + "'"));
      Reviews.reject(tx, staff, v, why, clock.millis());
      return null;
    });
  }

  /** Suspends a vacancy; the number of correction SMS queued (0 when it was already suspended). */
  public Future<Integer> suspendVacancy(Actor staff, String ref, String reason) {
    String why = reason(reason, false);
    return store.write(tx -> suspensions.vacancy(tx, staff, ref, why, clock.millis()))
        .onSuccess(n -> vacancies.announce(ref));
  }

  /** Suspends a partner and its open vacancies; the refs suspended. */
  public Future<List<String>> suspendPartner(Actor staff, long partnerId, String reason) {
    String why = reason(reason, false);
    return store.write(tx -> suspensions.partner(tx, staff, partnerId, why, clock.millis()))
        .onSuccess(refs -> refs.forEach(vacancies::announce));
  }

  /** Trusted partners publish without validation (agency admins decide). */
  public Future<Void> setTrusted(Actor admin, long partnerId, boolean trusted) {
    return store.write(tx -> {
      if (TrustRows.update(tx, TrustSql.SET_TRUSTED, trusted ? 1 : 0, partnerId) == 0) {
        throw new NotFound("no partner with id " + partnerId);
      }
      TrustRows.audit(tx, admin.name(), trusted ? "partner.trust" : "partner.untrust", "partner",
          String.valueOf(partnerId), null, clock.millis());
      return null;
    });
  }

  private static String reason(String raw, boolean required) {
    String r = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (required && r.isEmpty()) {
      throw new Invalid("reason", "a reason is required");
    }
    if (r.length() > MAX_REASON) {
      throw new Invalid("reason", "a reason is at most " + MAX_REASON + " characters");
    }
    return r.isEmpty() ? null : r;
  }
}
