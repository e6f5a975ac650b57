package org.jobline.store;

import java.math.BigDecimal;

/**
 * A column's value (from {@code ResultSet.getObject}) as SQLite's driver gives it, whichever the engine, for code
 * that reads rows generically (the admin pages, the tests): a whole number is an Integer when it fits, else a Long
 * (PostgreSQL gives Long for BIGINT and COUNT, BigDecimal for SUM; a fraction becomes a Double), and a truth value
 * is 1 or 0 (PostgreSQL gives a Boolean for EXISTS and comparisons). Text, reals and NULL pass unchanged.
 */
public final class ColumnValue {
  private ColumnValue() {}

  public static Object of(Object o) {
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (o instanceof BigDecimal d) {
      if (d.scale() > 0 && d.stripTrailingZeros().scale() > 0) {
        return d.doubleValue();
      }
      o = d.longValueExact();
    }
    if (o instanceof Long || o instanceof Short) {
      long n = ((Number) o).longValue();
      return n == (int) n ? (Object) (int) n : (Object) n;
    }
    return o;
  }
}
