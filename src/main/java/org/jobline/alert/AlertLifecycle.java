package org.jobline.alert;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyLifecycle;

/** Ties the vacancy lifecycle to alerts: open or re-target -> fan-out scheduled; close -> unsent alerts expire. */
public final class AlertLifecycle implements VacancyLifecycle {
  private final Clock clock;

  public AlertLifecycle(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void opened(Connection c, Vacancy v) throws SQLException {
    Fanout.schedule(c, v.id());
  }

  @Override
  public void changedWhileOpen(Connection c, Vacancy before, Vacancy after) throws SQLException {
    Fanout.schedule(c, after.id());
  }

  @Override
  public void closed(Connection c, Vacancy v) throws SQLException {
    Fanout.expire(c, v.id(), clock.millis());
  }
}
