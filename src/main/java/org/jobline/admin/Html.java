package org.jobline.admin;

/** The one place where values become HTML: every value shown on an admin page goes through {@link #esc}. */
public final class Html {
  private Html() {}

  /** Escapes text for an HTML element body or a double-quoted attribute; null becomes "". */
  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = String.valueOf(value);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /** A URL query value (escaped for the attribute it lands in as well). */
  public static String q(Object value) {
    return esc(java.net.URLEncoder.encode(value == null ? "" : String.valueOf(value),
        java.nio.charset.StandardCharsets.UTF_8));
  }
}
