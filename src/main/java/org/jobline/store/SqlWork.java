package org.jobline.store;

import java.sql.SQLException;

/** A unit of work run by the store on its own threads, never on the event loop. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Tx tx) throws SQLException;
}
