package org.jobline.store.postgres;

import java.util.ArrayList;
import java.util.List;

/** Reading SQL text: where a string literal, quoted identifier or comment ends; a script's statements. */
final class SqlText {
  private SqlText() {}

  /** A script's statements, split on the semicolons outside literals, dollar-quoted bodies and comments. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    int from = 0;
    int i = 0;
    while (i < script.length()) {
      int end = skip(script, i);
      if (end > i) {
        i = end;
      } else if (script.charAt(i++) == ';') {
        add(out, script.substring(from, i));
        from = i;
      }
    }
    add(out, script.substring(from));
    return out;
  }

  /** Keeps a statement that has code once its comments are set aside (a trailing comment alone is not one). */
  private static void add(List<String> out, String statement) {
    StringBuilder code = new StringBuilder();
    int i = 0;
    while (i < statement.length()) {
      int end = skip(statement, i);
      char ch = statement.charAt(i);
      boolean comment = end > i && (ch == '-' || ch == '/');
      if (end > i) {
        code.append(comment ? " " : statement.substring(i, end));
        i = end;
      } else {
        code.append(ch);
        i++;
      }
    }
    String trimmed = code.toString().strip();
    if (!trimmed.isEmpty() && !trimmed.equals(";")) {
      out.add(statement.strip());
    }
  }

  /** The end of the literal, quoted identifier or comment starting at {@code i}, or {@code i} if none does. */
  static int skip(String sql, int i) {
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

}
