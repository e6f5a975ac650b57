package org.jobline.admin;

import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV files staff download and open in a spreadsheet: UTF-8 with a BOM and {@code ;} separators (what
 * French Excel reads right), every cell quoted, formulas neutralised, phone numbers kept as text.
 */
public final class Csv {
  public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private final StringBuilder out = new StringBuilder("\uFEFF");

  public Csv(List<String> header) {
    row(header);
  }

  public Csv row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(';');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  /**
   * One quoted cell. A cell a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
   * CR) gets a leading apostrophe. A phone number ({@code +228...}) is written as a text formula
   * {@code ="+228..."} instead, so it stays readable and is not turned into a number.
   */
  public static String cell(String s) {
    if (s == null || s.isEmpty()) {
      return "\"\"";
    }
    if (s.matches("\\+[0-9*]{6,15}")) {
      return "\"=\"\"" + s + "\"\"\"";
    }
    String t = s.matches("(?s)^[=+\\-@\t\r].*") ? "'" + s : s;
    return "\"" + t.replace("\"", "\"\"") + "\"";
  }

  public static String time(long epochMillis, ZoneId zone) {
    return epochMillis <= 0 ? "" : LOCAL.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
  }

  public void send(RoutingContext rc, String fileName) {
    rc.response().putHeader("Content-Type", "text/csv; charset=utf-8").putHeader("Cache-Control", "no-store")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .end(out.toString());
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
