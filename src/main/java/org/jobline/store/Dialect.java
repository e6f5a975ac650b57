package org.jobline.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few statements whose PostgreSQL text differs from SQLite's. A feature's *Sql class declares both
 * side by side ({@code static final String CLAIM = Dialect.sql(sqlite, postgres)}) and uses the SQLite
 * text as the statement's name; on PostgreSQL the store's connection swaps it for the other. Every other
 * statement is written once, in SQL both engines take (numbered parameters {@code ?1} are translated).
 */
public final class Dialect {
  private static final Map<String, String> POSTGRES = new ConcurrentHashMap<>();

  private Dialect() {}

  /** Returns {@code sqlite} and remembers {@code postgres} as its text on PostgreSQL. */
  public static String sql(String sqlite, String postgres) {
    String before = POSTGRES.putIfAbsent(sqlite, postgres);
    if (before != null && !before.equals(postgres)) {
      throw new IllegalStateException("two PostgreSQL texts for one statement: " + sqlite);
    }
    return sqlite;
  }

  /** The text to run on PostgreSQL for a statement written for SQLite. */
  public static String postgres(String sql) {
    return POSTGRES.getOrDefault(sql, sql);
  }
}
