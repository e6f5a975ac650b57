package org.jobline.vacancy;

import java.sql.SQLException;
import org.jobline.store.Tx;

/**
 * What else must happen, in the same transaction, when a vacancy opens, changes or closes (the
 * alert engine schedules or expires alerts). Keeps the vacancy package free of alert details.
 */
public interface VacancyLifecycle {
  VacancyLifecycle NONE = new VacancyLifecycle() {};

  /** The vacancy is now open (first time or again). */
  default void opened(Tx tx, Vacancy v) throws SQLException {}

  /** An open vacancy was edited; {@code before} is how it was. */
  default void changedWhileOpen(Tx tx, Vacancy before, Vacancy after) throws SQLException {}

  /** The vacancy is now closed. */
  default void closed(Tx tx, Vacancy v) throws SQLException {}
}
