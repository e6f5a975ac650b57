package org.jobline.admin.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Sql;
import org.jobline.refdata.Region;
import org.jobline.refdata.Trade;

/**
 * The labour-market board as a trade x region grid: active job-seekers / open positions per cell,
 * a mismatch in red, rows sortable by any region's (or the total's) seekers or positions, trades
 * with nobody and nothing folded away.
 */
final class BoardGrid {
  record Cell(long seekers, long positions) {
    boolean mismatch() {
      return (seekers == 0) != (positions == 0) || (positions > 0 && seekers / positions >= Board.CROWDED);
    }
  }

  private final List<Region> regions;
  private final List<Trade> trades;
  private final Map<String, Cell> cells = new java.util.HashMap<>();

  BoardGrid(List<Region> regions, List<Trade> trades, List<Map<String, Object>> seekers, List<Map<String, Object>> open) {
    this.regions = regions;
    this.trades = trades;
    for (Map<String, Object> r : seekers) {
      add((String) r.get("trade"), (String) r.get("region"), Sql.num(r.get("n")), 0);
    }
    for (Map<String, Object> r : open) {
      add((String) r.get("trade"), (String) r.get("region"), 0, Sql.num(r.get("n")));
    }
  }

  private void add(String trade, String region, long s, long p) {
    cells.merge(trade + "|" + region, new Cell(s, p), (a, b) -> new Cell(a.seekers() + b.seekers(), a.positions() + b.positions()));
  }

  Cell cell(String trade, String region) {
    if (region == null) {
      long s = 0;
      long p = 0;
      for (var e : cells.entrySet()) {
        if (e.getKey().startsWith(trade + "|")) {
          s += e.getValue().seekers();
          p += e.getValue().positions();
        }
      }
      return new Cell(s, p);
    }
    return cells.getOrDefault(trade + "|" + region, new Cell(0, 0));
  }

  /** {@code sort}: "name", or a region code (or "total") optionally followed by ":positions". */
  String render(String lang, String sort) {
    String[] by = sort == null || sort.isEmpty() ? new String[] {"total"} : sort.split(":");
    String column = by[0];
    boolean positions = by.length > 1 && by[1].equals("positions");
    List<Trade> shown = new ArrayList<>();
    List<Trade> empty = new ArrayList<>();
    for (Trade t : trades) {
      Cell total = cell(t.code(), null);
      (total.seekers() + total.positions() == 0 ? empty : shown).add(t);
    }
    java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag(lang));
    Comparator<Trade> byName = Comparator.comparing(t -> t.name(lang), collator);
    Comparator<Trade> order = column.equals("name") ? byName
        : Comparator.comparingLong((Trade t) -> {
          Cell c = cell(t.code(), column.equals("total") ? null : column);
          return positions ? c.positions() : c.seekers();
        }).reversed().thenComparing(byName);
    shown.sort(order);
    StringBuilder b = new StringBuilder("<p class=\"help\">").append(Html.esc(Page.t(lang, "dash.gridHelp", Board.CROWDED)))
        .append("</p><div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").append(Html.esc(Page.t(lang, "dash.board")))
        .append("\"><table id=\"board-grid\" class=\"grid\"><thead><tr><th scope=\"col\"><a href=\"?sort=name#board-grid\">")
        .append(Html.esc(Page.t(lang, "field.trade"))).append("</a></th>");
    for (Region r : regions) {
      header(b, lang, r.code(), r.name(lang));
    }
    header(b, lang, "total", Page.t(lang, "dash.total"));
    b.append("</tr></thead><tbody>");
    for (Trade t : shown) {
      b.append("<tr id=\"grid-").append(Html.esc(t.code())).append("\"><th scope=\"row\">").append(Html.esc(t.name(lang))).append("</th>");
      for (Region r : regions) {
        td(b, lang, cell(t.code(), r.code()));
      }
      td(b, lang, cell(t.code(), null));
      b.append("</tr>");
    }
    b.append("</tbody></table></div>");
    if (!empty.isEmpty()) {
      b.append("<details id=\"grid-empty\"><summary>").append(Html.esc(Page.t(lang, "dash.emptyTrades", empty.size())))
          .append("</summary><p>");
      empty.sort(byName);
      b.append(Html.esc(String.join(", ", empty.stream().map(t -> t.name(lang)).toList()))).append("</p></details>");
    }
    return b.toString();
  }

  private static void header(StringBuilder b, String lang, String code, String name) {
    b.append("<th scope=\"col\" class=\"num\">").append(Html.esc(name)).append("<br><small><a href=\"?sort=").append(Html.q(code))
        .append("#board-grid\" title=\"").append(Html.esc(Page.t(lang, "dash.sortSeekers"))).append("\">")
        .append(Html.esc(Page.t(lang, "dash.seekersShort"))).append("</a> / <a href=\"?sort=").append(Html.q(code + ":positions"))
        .append("#board-grid\" title=\"").append(Html.esc(Page.t(lang, "dash.sortPositions"))).append("\">")
        .append(Html.esc(Page.t(lang, "dash.positionsShort"))).append("</a></small></th>");
  }

  private static void td(StringBuilder b, String lang, Cell c) {
    b.append("<td class=\"num").append(c.mismatch() ? " miss" : "").append("\" title=\"")
        .append(Html.esc(Page.t(lang, "dash.cell", c.seekers(), c.positions()))).append("\">");
    if (c.seekers() + c.positions() > 0) {
      b.append(c.seekers()).append(" / ").append(c.positions());
    } else {
      b.append("<span class=\"zero\">·</span>");
    }
    b.append("</td>");
  }
}
