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
      int end = skipText(sql, i);
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

  /** The end of the literal, quoted identifier or comment starting at {@code i}, or {@code i} if none does. */
  private static int skipText(String sql, int i) {
    char ch = sql.charAt(i);
    char next = i + 1 < sql.length() ? sql.charAt(i + 1) : 0;
    if (ch == '\'' || ch == '"') {
      return closeQuote(sql, i + 1, ch, false);
    }
    if ((ch == 'E' || ch == 'e') && next == '\'' && (i == 0 || !isWordChar(sql.charAt(i - 1)))) {
      return closeQuote(sql, i + 2, '\'', true);
    }
    if (ch == '-' && next == '-') {
      int eol = sql.indexOf('\n', i);
      return eol < 0 ? sql.length() : eol + 1;
    }
    if (ch == '/' && next == '*') {
      int close = sql.indexOf("*/", i + 2);
      return close < 0 ? sql.length() : close + 2;
    }
    if (ch == '$' && (i == 0 || !isWordChar(sql.charAt(i - 1)))) {
      int tagEnd = sql.indexOf('$', i + 1);
      if (tagEnd > 0 && isTag(sql, i + 1, tagEnd)) {
        String tag = sql.substring(i, tagEnd + 1);
        int close = sql.indexOf(tag, tagEnd + 1);
        return close < 0 ? sql.length() : close + tag.length();
      }
    }
    return i;
  }

  /** After an opening quote: the index past the closing one (a doubled quote is part of the text). */
  private static int closeQuote(String sql, int from, char quote, boolean backslashEscapes) {
    int i = from;
    while (i < sql.length()) {
      char ch = sql.charAt(i);
      if (backslashEscapes && ch == '\\') {
        i += 2;
      } else if (ch == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  private static boolean isTag(String sql, int from, int to) {
    for (int k = from; k < to; k++) {
      char ch = sql.charAt(k);
      if (!(Character.isLetter(ch) || ch == '_' || (k > from && Character.isDigit(ch)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char ch) {
    return Character.isLetterOrDigit(ch) || ch == '_';
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
