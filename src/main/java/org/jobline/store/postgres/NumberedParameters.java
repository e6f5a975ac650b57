package org.jobline.store.postgres;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Our SQL is written with SQLite's parameters: numbered {@code ?1, ?2} (a number may appear several
 * times) mixed with plain {@code ?}; PostgreSQL's JDBC driver takes plain {@code ?} only. This turns
 * the text into plain-{@code ?} SQL and, for each of our numbers, the JDBC positions it fills.
 * Numbering follows SQLite: a plain {@code ?} takes one more than the largest number seen so far.
 * A {@code ?} inside a string literal ({@code '...'}, {@code E'...'}, {@code $tag$...$tag$}), a quoted
 * identifier or a comment is text, not a parameter.
 */
public record NumberedParameters(String sql, int[][] positions) {
  private static final int[] NONE = {};

  /** The JDBC positions (1-based) our parameter {@code number} fills; empty if the text never names it. */
  public int[] positionsOf(int number) {
    return number >= 1 && number < positions.length ? positions[number] : NONE;
  }

  /** The largest parameter number the text uses (what a caller may bind). */
  public int count() {
    return positions.length - 1;
  }

  public static NumberedParameters translate(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    List<List<Integer>> byNumber = new ArrayList<>();
    byNumber.add(List.of()); // numbers start at 1
    int jdbc = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      int end = SqlText.skip(sql, i);
      if (end > i) {
        out.append(sql, i, end);
        i = end;
        continue;
      }
      char ch = sql.charAt(i);
      if (ch != '?') {
        out.append(ch);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && Character.isDigit(sql.charAt(j))) {
        j++;
      }
      int number = j > i + 1 ? parseNumber(sql, i + 1, j) : byNumber.size();
      while (byNumber.size() <= number) {
        byNumber.add(new ArrayList<>());
      }
      byNumber.get(number).add(++jdbc);
      out.append('?');
      i = j;
    }
    int[][] positions = new int[byNumber.size()][];
    for (int k = 0; k < positions.length; k++) {
      positions[k] = byNumber.get(k).stream().mapToInt(Integer::intValue).toArray();
    }
    return new NumberedParameters(out.toString(), positions);
  }

  private static int parseNumber(String sql, int from, int to) {
    if (to - from > 5) {
      throw new IllegalArgumentException("parameter number out of range at offset " + from + ": " + sql);
    }
    int number = Integer.parseInt(sql, from, to, 10);
    if (number < 1 || number > 32766) { // SQLite's own limit
      throw new IllegalArgumentException("parameter ?" + number + " out of range at offset " + from + ": " + sql);
    }
    return number;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumberedParameters p && sql.equals(p.sql) && Arrays.deepEquals(positions, p.positions);
  }

  @Override
  public int hashCode() {
    return sql.hashCode() * 31 + Arrays.deepHashCode(positions);
  }

  @Override
  public String toString() {
    return sql + " " + Arrays.deepToString(positions);
  }
}
