package org.jobline.store.postgres;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns the driver's failure to connect into one line an operator can act on (no stack trace, no password). */
final class ConnectFailure {
  private ConnectFailure() {}

  static SQLException explain(SQLException e, PostgresUrl url, String user) {
    String where = url.host() + ":" + url.port();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = switch (state) {
      case "28P01" -> "PostgreSQL at " + where + " refused the password of user '" + user
          + "' (store.user, store.password)";
      case "28000" -> "PostgreSQL at " + where + " refused user '" + user + "': " + firstLine(e);
      case "3D000" -> "database '" + url.database() + "' does not exist on PostgreSQL at " + where
          + " (create it, or fix store.url)";
      default -> network(e, url, where);
    };
    return new SQLException("cannot open the PostgreSQL store: " + message, e.getSQLState(), e);
  }

  private static String network(SQLException e, PostgresUrl url, String where) {
    Throwable cause = e.getCause();
    if (cause instanceof UnknownHostException) {
      return "unknown host '" + url.host() + "' (store.url)";
    }
    if (cause instanceof ConnectException) {
      return "connection refused at " + where + " (is PostgreSQL running and listening there? store.url)";
    }
    if (cause instanceof SocketTimeoutException) {
      return "no answer from " + where + " in time (a firewall, or the wrong host? store.url)";
    }
    return where + ": " + firstLine(e);
  }

  private static String firstLine(SQLException e) {
    String m = String.valueOf(e.getMessage());
    int eol = m.indexOf('\n');
    return eol < 0 ? m : m.substring(0, eol);
  }
}
