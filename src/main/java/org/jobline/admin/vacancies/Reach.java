package org.jobline.admin.vacancies;

import io.vertx.core.Future;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Sql;
import org.jobline.core.AppContext;
import org.jobline.outbox.QuietHours;
import org.jobline.vacancy.Vacancy;

/**
 * What publishing a vacancy would do, and why its alerts wait: the people it reaches (by language),
 * how many of them can get it today (daily cap, quiet hours), and the alerts still waiting.
 */
final class Reach {
  record Count(String language, long people, long today) {}

  /** {@code quietUntil} is null outside quiet hours; {@code leavesToday} false when quiet hours last past midnight. */
  record Preview(List<Count> counts, long people, long today, Instant quietUntil, boolean leavesToday, int cap) {}

  record Waiting(long waiting, long capped, Instant quietUntil) {}

  private final AppContext ctx;
  private final ZoneId zone;
  private final QuietHours quiet;

  Reach(AppContext ctx) {
    this.ctx = ctx;
    this.zone = ZoneId.of(ctx.config().locale().timeZone());
    this.quiet = QuietHours.of(ctx.config());
  }

  long dayStart(int days) {
    return LocalDate.now(zone).plusDays(days).atStartOfDay(zone).toInstant().toEpochMilli();
  }

  Future<Preview> preview(Vacancy v) {
    int cap = ctx.config().alerts().dailyCap();
    Instant now = Instant.now();
    Instant next = quiet.nextAllowed(now);
    boolean leavesToday = next.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
    return ctx.store().read(tx -> Sql.rows(tx, VacancyAdminSql.REACH, dayStart(0), dayStart(1), cap, v.trade(), v.region(),
        v.id(), v.country())).map(rows -> {
          List<Count> counts = rows.stream().map(Reach::count).toList();
          long people = counts.stream().mapToLong(Count::people).sum();
          long today = leavesToday ? counts.stream().mapToLong(Count::today).sum() : 0;
          return new Preview(counts, people, today, next.equals(now) ? null : next, leavesToday, cap);
        });
  }

  Future<Waiting> waiting(Vacancy v) {
    Instant now = Instant.now();
    Instant next = quiet.nextAllowed(now);
    return ctx.store().read(tx -> Sql.rows(tx, VacancyAdminSql.WAITING, dayStart(1), v.id()).get(0))
        .map(r -> new Waiting(Sql.num(r.get("waiting")), Sql.num(r.get("capped")), next.equals(now) ? null : next));
  }

  private static Count count(Map<String, Object> r) {
    return new Count((String) r.get("language"), Sql.num(r.get("n")), Sql.num(r.get("today")));
  }
}
