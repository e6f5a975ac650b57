package org.jobline.store.postgres;

import java.util.Properties;
import org.jobline.config.ConfigException;
import org.postgresql.Driver;

/**
 * {@code store.url} for PostgreSQL: {@code jdbc:postgresql://host[:port]/database[?options]}, or the same
 * without {@code jdbc:} (also as {@code postgres://}), the form other PostgreSQL tools take. The user and
 * password are settings of their own (the password from the environment), never part of the URL.
 */
record PostgresUrl(String jdbc, String host, String port, String database) {
  private static final String JDBC = "jdbc:postgresql://";

  static PostgresUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new ConfigException("store.url", "is needed for PostgreSQL, e.g. jdbc:postgresql://db.example:5432/jobline");
    }
    String rest = afterScheme(url.strip());
    if (rest == null) {
      throw new ConfigException("store.url", "must start with jdbc:postgresql://, postgresql:// or postgres:// (got '"
          + url.strip() + "')");
    }
    int slash = rest.indexOf('/');
    if ((slash < 0 ? rest : rest.substring(0, slash)).contains("@")) {
      throw new ConfigException("store.url", "must not carry a user or password: set store.user and store.password");
    }
    String jdbc = JDBC + rest;
    Properties p = Driver.parseURL(jdbc, null);
    if (p == null || slash <= 0 || slash == rest.length() - 1) {
      throw new ConfigException("store.url", "must look like jdbc:postgresql://host:5432/database (got '" + url.strip() + "')");
    }
    return new PostgresUrl(jdbc, p.getProperty("PGHOST"), p.getProperty("PGPORT"), p.getProperty("PGDBNAME"));
  }

  private static String afterScheme(String url) {
    for (String scheme : new String[] {JDBC, "postgresql://", "postgres://"}) {
      if (url.regionMatches(true, 0, scheme, 0, scheme.length())) {
        return url.substring(scheme.length());
      }
    }
    return null;
  }

  /** host:port/database, for messages and logs. */
  String describe() {
    return host + ":" + port + "/" + database;
  }
}
