package org.jobline.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work run by the store on its own threads, never on the event loop. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
