package org.jobline.aggregator.kannel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** fakesmsc's log line for a message it got ({@code Got message N: <from to type data>}) as an SMS. */
final class FakesmscLine {
  private static final String MARK = "Got message ";

  private FakesmscLine() {}

  static RealKannel.Sms parse(String line) {
    int at = line.indexOf(MARK);
    int open = at < 0 ? -1 : line.indexOf(": <", at);
    if (open < 0 || !line.endsWith(">")) {
      return null;
    }
    String[] f = line.substring(open + 3, line.length() - 1).split(" ", 4);
    if (f.length < 4) {
      return null;
    }
    return switch (f[2]) {
      case "ucs-2", "ucs2" -> new RealKannel.Sms(f[0], f[1], true, new String(urlBytes(f[3]), StandardCharsets.UTF_16BE));
      case "data" -> new RealKannel.Sms(f[0], f[1], false, new String(urlBytes(f[3]), StandardCharsets.ISO_8859_1));
      default -> new RealKannel.Sms(f[0], f[1], false, f[3]);
    };
  }

  static byte[] urlBytes(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c == '+' ? ' ' : c);
      }
    }
    return out.toByteArray();
  }
}
