package org.jobline.admin.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jobline.admin.Sql;
import org.jobline.store.ColumnValue;

/**
 * Adds up the reach cube's cells (ReachSql.CUBE: every person in exactly one) into one table per dimension, rows as
 * the per-dimension queries gave them: key "k" then the counts, in the engine's ORDER BY order (NULL, "not given",
 * first on SQLite and last on PostgreSQL; keys are codes and partner ids, compared as text and as numbers).
 */
final class ReachCube {
  private ReachCube() {}

  /** The cube's columns holding a person's trades (positions 1 to 3). */
  private static final List<String> TRADES = List.of("trade1", "trade2", "trade3");

  /** The table by one of the cube's key columns, or by "trade" (a cell once under each of its trades). */
  static List<Map<String, Object>> by(List<Map<String, Object>> cells, String column, boolean postgres) {
    Comparator<Object> byValue = ReachCube::compare;
    Map<Object, long[]> sums = new TreeMap<>(postgres ? Comparator.nullsLast(byValue) : Comparator.nullsFirst(byValue));
    boolean trade = column.equals("trade");
    for (Map<String, Object> cell : cells) {
      for (String c : trade ? TRADES : List.of(column)) {
        Object k = cell.get(c);
        if (k != null || !trade) { // no trade at that position: not a row of the trade table
          add(sums.computeIfAbsent(k, x -> new long[ReachData.COLUMNS.size()]), cell);
        }
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    sums.forEach((k, sum) -> rows.add(row(k, sum)));
    return rows;
  }

  /** The totals (empty when nobody is in scope, as the grouped query gave no row). */
  static Map<String, Object> total(List<Map<String, Object>> cells) {
    if (cells.isEmpty()) {
      return Map.of();
    }
    long[] sum = new long[ReachData.COLUMNS.size()];
    cells.forEach(cell -> add(sum, cell));
    return row("all", sum);
  }

  private static void add(long[] sum, Map<String, Object> cell) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += Sql.num(cell.get(ReachData.COLUMNS.get(i)));
    }
  }

  private static Map<String, Object> row(Object k, long[] sum) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("k", k);
    for (int i = 0; i < sum.length; i++) {
      row.put(ReachData.COLUMNS.get(i), ColumnValue.of(sum[i]));
    }
    return row;
  }

  private static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return Long.compare(x.longValue(), y.longValue());
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }
}
