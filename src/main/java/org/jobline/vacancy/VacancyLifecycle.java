package org.jobline.vacancy;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What else must happen, in the same transaction, when a vacancy opens, changes or closes (the
 * alert engine schedules or expires alerts). Keeps the vacancy package free of alert details.
 */
public interface VacancyLifecycle {
  VacancyLifecycle NONE = new VacancyLifecycle() {};

  /** The vacancy is now open (first time or again). */
  default void opened(Connection c, Vacancy v) throws SQLException {}

  /** An open vacancy was edited; {@code before} is how it was. */
  default void changedWhileOpen(Connection c, Vacancy before, Vacancy after) throws SQLException {}

  /** The vacancy is now closed. */
  default void closed(Connection c, Vacancy v) throws SQLException {}
}
