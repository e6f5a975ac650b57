package org.jobline.vacancy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jobline.core.errors.Conflict;
import org.jobline.core.errors.NotFound;
import org.jobline.store.Store;
import org.jobline.store.Tx;

/**
 * The vacancy lifecycle (draft -> open -> closed, and open again), for the partner API and the
 * admin page. Every change is one store transaction with its audit row and lifecycle effects,
 * then an event-bus publish of {@link Vacancies#CHANGED_ADDRESS} with the ref.
 */
public final class VacancyService {
  public static final int MAX_LIST = 500;

  private final Store store;
  private final Vertx vertx;
  private final VacancyValidator validator;
  private final VacancyRefs refs;
  private final VacancyLifecycle lifecycle;
  private final Clock clock;
  private final PublishGate gate;

  public VacancyService(Store store, Vertx vertx, VacancyValidator validator, VacancyRefs refs,
                        VacancyLifecycle lifecycle, Clock clock) {
    this(store, vertx, validator, refs, lifecycle, clock, PublishGate.ALWAYS);
  }

  /** With a {@link PublishGate} that may hold an "open" for validation (issue 21). */
  public VacancyService(Store store, Vertx vertx, VacancyValidator validator, VacancyRefs refs,
                        VacancyLifecycle lifecycle, Clock clock, PublishGate gate) {
    this.gate = gate;
    this.store = store;
    this.vertx = vertx;
    this.validator = validator;
    this.refs = refs;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  /** Creates a draft; the actor's partner (if any) owns it. */
  public Future<Vacancy> create(Actor actor, VacancyInput in) {
    return changed(store.write(tx -> VacancyWrites.insert(tx, refs, actor, staffOnlyAbroad(actor, null,
        validator.validate(in, in)), now())));
  }

  /** Changes the given (non-null) fields; an open vacancy whose region, trade or country changed alerts the newly matched. */
  public Future<Vacancy> edit(Actor actor, String ref, VacancyInput patch) {
    return changed(store.write(tx -> {
      Vacancy before = find(tx, actor, ref);
      if ("closed".equals(before.status())) {
        throw new Conflict(null, "vacancy " + before.ref() + " is closed: open it again before editing it");
      }
      gate.editing(tx, actor, before);
      VacancyFields fields = staffOnlyAbroad(actor, before, validator.validate(patch.over(before), patch));
      Vacancy after = VacancyWrites.update(tx, actor, before, fields, now());
      if (after.open() && (!Objects.equals(before.region(), after.region()) || !Objects.equals(before.trade(), after.trade())
          || !Objects.equals(before.country(), after.country()))) {
        lifecycle.changedWhileOpen(tx, before, after);
      }
      return after;
    }));
  }

  /**
   * Publishes the vacancy (alerts go out); opening an open vacancy changes nothing. The gate may hold it for
   * validation instead: then the vacancy comes back still a draft.
   */
  public Future<Vacancy> open(Actor actor, String ref) {
    return changed(store.write(tx -> {
      Vacancy v = find(tx, actor, ref);
      if (v.open()) {
        return v;
      }
      if (v.closingDate() != null && v.closingDate().compareTo(validator.today().toString()) < 0) {
        throw new ValidationException("closingDate", "passedBeforeOpen", v.closingDate());
      }
      if (!gate.publishNow(tx, actor, v)) {
        return v;
      }
      Vacancy opened = VacancyWrites.open(tx, actor, v, now());
      lifecycle.opened(tx, opened);
      return opened;
    }));
  }

  /** Closes the vacancy; its alerts not yet sent expire. Closing a closed vacancy changes nothing. */
  public Future<Vacancy> close(Actor actor, String ref) {
    return changed(store.write(tx -> closeIn(tx, actor, ref)));
  }

  public Future<Vacancy> get(Actor actor, String ref) {
    return store.read(tx -> find(tx, actor, ref));
  }

  public Future<VacancyStats> stats(Actor actor, String ref) {
    return store.read(tx -> VacancyReads.stats(tx, find(tx, actor, ref)));
  }

  /** The actor's vacancies, newest first; {@code status} null for all. */
  public Future<List<Vacancy>> list(Actor actor, String status, int limit) {
    return store.read(tx -> VacancyReads.list(tx, actor.partnerId(), status, Math.max(1, Math.min(limit, MAX_LIST))));
  }

  /** Closes every open vacancy whose closing date is before today (in the deployment's time zone). */
  public Future<List<String>> closePastClosingDate() {
    return store.write(tx -> {
      List<String> due = VacancyReads.pastClosing(tx, validator.today().toString());
      for (String ref : due) {
        closeIn(tx, Actor.SYSTEM, ref);
      }
      return due;
    }).onSuccess(refs -> refs.forEach(this::publish));
  }

  /**
   * Closes the vacancy inside the caller's write transaction (its alerts not yet sent expire at once); the caller
   * calls {@link #announce} with the ref after the commit. For suspensions (issue 21), done with other changes.
   */
  public Vacancy closeIn(Tx tx, Actor actor, String ref) throws SQLException {
    Vacancy v = find(tx, actor, ref);
    if ("closed".equals(v.status())) {
      return v;
    }
    Vacancy closed = VacancyWrites.close(tx, actor, v, now());
    lifecycle.closed(tx, closed);
    return closed;
  }

  /**
   * Only agency staff send a vacancy abroad (a partner may keep the country staff set, not set one): offers
   * abroad are where fee-asking fake recruiters hide.
   */
  static VacancyFields staffOnlyAbroad(Actor actor, Vacancy before, VacancyFields f) {
    boolean changed = !Objects.equals(f.country(), before == null ? null : before.country());
    if (actor.partnerId() != null && f.country() != null && changed) {
      throw new ValidationException("country", "abroadStaffOnly", f.country());
    }
    return f;
  }

  /** The vacancy if this actor may see it; another partner's vacancy is "not found", not "forbidden". */
  private static Vacancy find(Tx tx, Actor actor, String ref) throws SQLException {
    if (!VacancyRefs.looksLikeRef(ref)) {
      throw new NotFound("no vacancy with reference '" + ref + "'");
    }
    return Vacancies.byRef(tx, ref).filter(actor::mayAccess)
        .orElseThrow(() -> new NotFound("no vacancy with reference '" + ref.strip().toUpperCase() + "'"));
  }

  private Future<Vacancy> changed(Future<Vacancy> result) {
    return result.onSuccess(v -> publish(v.ref()));
  }

  /** Tells the caches a vacancy changed (after a commit that used {@link #closeIn}). */
  public void announce(String ref) {
    publish(ref);
  }

  private void publish(String ref) {
    vertx.eventBus().publish(Vacancies.CHANGED_ADDRESS, ref);
  }

  private long now() {
    return clock.millis();
  }
}
