package org.jobline.aggregator.kannel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jobline.http.BadRequestException;

/**
 * A query string decoded to bytes, not to UTF-8 text: Kannel's {@code %b} gives a UCS-2 text's
 * raw bytes, which only the message's {@code coding}/{@code charset} can turn into characters.
 * The first value of a repeated name wins.
 */
final class CgiQuery {
  private final Map<String, byte[]> values = new HashMap<>();

  private CgiQuery() {}

  static CgiQuery parse(String query) {
    CgiQuery q = new CgiQuery();
    if (query == null || query.isEmpty()) {
      return q;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = new String(decode(eq < 0 ? pair : pair.substring(0, eq)), StandardCharsets.UTF_8);
      byte[] value = eq < 0 ? new byte[0] : decode(pair.substring(eq + 1));
      q.values.putIfAbsent(name, value);
    }
    return q;
  }

  /** The raw bytes of a value, or null when absent. */
  byte[] bytes(String name) {
    return values.get(name);
  }

  /** A value read as UTF-8 (numbers, ids, charsets), stripped; null when absent or blank. */
  String string(String name) {
    byte[] b = values.get(name);
    String s = b == null ? null : new String(b, StandardCharsets.UTF_8).strip();
    return s == null || s.isEmpty() ? null : s;
  }

  private static byte[] decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%') {
        if (i + 2 >= s.length()) {
          throw new BadRequestException("query", "a '%' escape is cut short");
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new BadRequestException("query", "'%" + s.charAt(i + 1) + s.charAt(i + 2) + "' is not a hex escape");
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
        byte[] b = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
        i = end - 1;
      }
    }
    return out.toByteArray();
  }
}
