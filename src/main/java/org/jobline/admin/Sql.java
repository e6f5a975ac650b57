package org.jobline.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/**
 * Small JDBC helpers for the admin queries: parameters always bound, never concatenated. The admin pages' reads
 * (and the imports' bookkeeping) run here with the SQL of their feature's *Sql class: the tables below.
 */
@Repository({"subscribers", "subscriber_trades", "vacancies", "interests", "alerts", "outbox", "inbound_messages",
    "audit_log", "partners", "partner_api_keys", "staff_users", "password_resets", "import_jobs", "import_rows"})
public final class Sql {
  private Sql() {}

  /** Escapes LIKE wildcards so user text matches literally (queries say {@code ESCAPE '\'}); wraps in %...%. */
  public static String contains(String text) {
    String t = text == null ? "" : text.strip();
    return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  public static List<Map<String, Object>> rows(Tx tx, String sql, Object... args) throws SQLException {
    try (PreparedStatement p = prepare(tx, sql, args); ResultSet rs = p.executeQuery()) {
      List<Map<String, Object>> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= n; i++) {
          row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
        }
        out.add(row);
      }
      return out;
    }
  }

  public static long number(Tx tx, String sql, Object... args) throws SQLException {
    try (PreparedStatement p = prepare(tx, sql, args); ResultSet rs = p.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  public static int update(Tx tx, String sql, Object... args) throws SQLException {
    try (PreparedStatement p = prepare(tx, sql, args)) {
      return p.executeUpdate();
    }
  }

  /** Rows as a map from the first column to the second (counts by key). */
  public static Map<String, Long> counts(Tx tx, String sql, Object... args) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map<String, Object> row : rows(tx, sql, args)) {
      var values = new ArrayList<>(row.values());
      out.put(String.valueOf(values.get(0)), ((Number) values.get(1)).longValue());
    }
    return out;
  }

  private static PreparedStatement prepare(Tx tx, String sql, Object... args) throws SQLException {
    Connection c = tx.jdbc();
    PreparedStatement p = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      p.setObject(i + 1, args[i]);
    }
    return p;
  }

  public static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
