package org.jobline.vacancy;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.jobline.store.Repository;
import org.jobline.store.Savepoint;
import org.jobline.store.Tx;
import org.jobline.store.UniqueViolation;

/** Vacancy changes inside a write transaction, each with its audit_log row. */
@Repository({"vacancies", "audit_log"})
final class VacancyWrites {
  static final int REF_ATTEMPTS = 50;
  private static final Savepoint REF_TRY = Savepoint.named("vacancy_ref");

  private VacancyWrites() {}

  /** Inserts a draft with a fresh ref, trying another ref when one is taken. */
  static Vacancy insert(Tx tx, VacancyRefs refs, Actor actor, VacancyFields f, long now) throws SQLException {
    Connection c = tx.jdbc();
    boolean guard = tx.postgres(); // PostgreSQL aborts the whole transaction on an error, SQLite only the statement
    for (int attempt = 1; ; attempt++) {
      String ref = refs.next();
      if (guard) {
        REF_TRY.begin(tx);
      }
      try (PreparedStatement p = c.prepareStatement(VacancySql.INSERT)) {
        p.setString(1, ref);
        bindFields(p, 2, f);
        p.setObject(9, actor.partnerId(), Types.INTEGER);
        p.setInt(10, f.positions());
        p.setString(11, f.closingDate());
        p.setLong(12, now);
        p.setLong(13, now);
        p.setString(14, f.tags());
        p.setString(15, f.country());
        p.executeUpdate();
      } catch (SQLException e) {
        if (!UniqueViolation.on(e, "vacancies", "ref") || attempt >= REF_ATTEMPTS) {
          throw e;
        }
        if (guard) {
          REF_TRY.rollbackTo(tx);
          REF_TRY.release(tx);
        }
        continue;
      }
      if (guard) {
        REF_TRY.release(tx);
      }
      Vacancy v = Vacancies.byRef(tx, ref).orElseThrow();
      audit(tx, actor, "vacancy.create", v, describe(f), now);
      return v;
    }
  }

  static Vacancy update(Tx tx, Actor actor, Vacancy v, VacancyFields f, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(VacancySql.UPDATE)) {
      bindFields(p, 1, f);
      p.setInt(8, f.positions());
      p.setString(9, f.closingDate());
      p.setLong(10, now);
      p.setString(11, f.tags());
      p.setString(12, f.country());
      p.setLong(13, v.id());
      p.executeUpdate();
    }
    audit(tx, actor, "vacancy.edit", v, describe(f), now);
    return Vacancies.byId(tx, v.id()).orElseThrow();
  }

  static Vacancy open(Tx tx, Actor actor, Vacancy v, long now) throws SQLException {
    return lifecycle(tx, actor, v, VacancySql.OPEN, "vacancy.open", now);
  }

  static Vacancy close(Tx tx, Actor actor, Vacancy v, long now) throws SQLException {
    return lifecycle(tx, actor, v, VacancySql.CLOSE, "vacancy.close", now);
  }

  /** Opening and closing: one status statement (time set twice, then the id), audited. */
  private static Vacancy lifecycle(Tx tx, Actor actor, Vacancy v, String sql, String action, long now)
      throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, now);
      p.setLong(2, now);
      p.setLong(3, v.id());
      p.executeUpdate();
    }
    audit(tx, actor, action, v, null, now);
    return Vacancies.byId(tx, v.id()).orElseThrow();
  }

  private static void bindFields(PreparedStatement p, int i, VacancyFields f) throws SQLException {
    p.setString(i, f.title());
    p.setString(i + 1, f.description());
    p.setString(i + 2, f.trade());
    p.setString(i + 3, f.region());
    p.setString(i + 4, f.place());
    p.setString(i + 5, f.employer());
    p.setString(i + 6, f.contact());
  }

  private static void audit(Tx tx, Actor actor, String action, Vacancy v, String detail, long now)
      throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(VacancySql.AUDIT)) {
      p.setLong(1, now);
      p.setString(2, actor.name());
      p.setString(3, action);
      p.setString(4, v.ref());
      p.setString(5, detail);
      p.executeUpdate();
    }
  }

  private static String describe(VacancyFields f) {
    return new JsonObject().put("title", f.title()).put("trade", f.trade()).put("region", f.region())
        .put("place", f.place()).put("employer", f.employer()).put("positions", f.positions())
        .put("closingDate", f.closingDate()).put("tags", f.tags()).put("country", f.country()).encode();
  }
}
