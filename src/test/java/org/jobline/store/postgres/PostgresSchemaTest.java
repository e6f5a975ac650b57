package org.jobline.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jobline.store.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After all migrations, both engines have the same tables, columns (and whether each may be NULL) and named indexes. */
class PostgresSchemaTest {
  @TempDir
  Path tmp;

  @Test
  void everySqliteVersionHasAPostgresTwinAndNoMore() {
    assertThat(Migrations.latest()).as("SQLite versions").isGreaterThanOrEqualTo(10);
    assertThat(PostgresMigrations.latest())
        .as("db/postgres/Vn.sql for every db/migration/Vn.sql (write the PostgreSQL twin of a new SQLite migration)")
        .isEqualTo(Migrations.latest());
  }

  @Test
  void tablesColumnsNullabilityAndIndexesMatchSqlite() throws SQLException {
    Map<String, TreeSet<String>> sqliteColumns;
    TreeSet<String> sqliteIndexes;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("schema.db"))) {
      Migrations.apply(c, Migrations.latest());
      sqliteColumns = group(c, """
          SELECT t.name, c.name || CASE WHEN c."notnull" = 1 OR c.pk > 0 THEN ' NOT NULL' ELSE '' END
          FROM sqlite_schema t, pragma_table_info(t.name) c
          WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%'""");
      sqliteIndexes = group(c, "SELECT 'indexes', name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
          .getOrDefault("indexes", new TreeSet<>());
    }
    Map<String, TreeSet<String>> postgresColumns;
    TreeSet<String> postgresIndexes;
    try (Connection c = TestPostgres.newDatabase().connect()) {
      PostgresMigrations.apply(c, PostgresMigrations.latest());
      postgresColumns = group(c, """
          SELECT table_name, column_name || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END
          FROM information_schema.columns WHERE table_schema = current_schema()""");
      // Indexes PostgreSQL makes for PRIMARY KEY and UNIQUE constraints are SQLite's autoindexes: not compared.
      postgresIndexes = group(c, """
          SELECT 'indexes', i.relname FROM pg_index x
          JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
          WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)""")
          .getOrDefault("indexes", new TreeSet<>());
    }

    assertThat(postgresColumns.keySet()).as("tables").containsExactlyElementsOf(sqliteColumns.keySet());
    for (String table : sqliteColumns.keySet()) {
      assertThat(postgresColumns.get(table)).as("columns of " + table).containsExactlyElementsOf(sqliteColumns.get(table));
    }
    assertThat(postgresIndexes).as("named indexes").containsExactlyElementsOf(sqliteIndexes);
    assertThat(sqliteColumns.get("outbox")).as("the comparison sees the latest columns").contains("unconfirmed_at");
  }

  /** The first column's values, each with the set of the second column's values. */
  private static Map<String, TreeSet<String>> group(Connection c, String sql) throws SQLException {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
      }
    }
    return out;
  }
}
