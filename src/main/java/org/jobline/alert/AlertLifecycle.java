package org.jobline.alert;

import java.sql.SQLException;
import java.time.Clock;
import org.jobline.store.Tx;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyLifecycle;

/** Ties the vacancy lifecycle to alerts: open or re-target -> fan-out scheduled; close -> unsent alerts expire. */
public final class AlertLifecycle implements VacancyLifecycle {
  private final Clock clock;

  public AlertLifecycle(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void opened(Tx tx, Vacancy v) throws SQLException {
    Fanout.schedule(tx, v.id());
  }

  @Override
  public void changedWhileOpen(Tx tx, Vacancy before, Vacancy after) throws SQLException {
    Fanout.schedule(tx, after.id());
  }

  @Override
  public void closed(Tx tx, Vacancy v) throws SQLException {
    Fanout.expire(tx, v.id(), clock.millis());
  }
}
