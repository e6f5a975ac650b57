package org.jobline.admin.dashboard;

import java.util.List;
import java.util.Map;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Sql;

/**
 * The funnel alerted -> delivered -> interested -> contacted -> hired (agency, then as the people said): its
 * stages, and one line of figures for a vacancy, the reach page's totals or a partner. Counts people; under 5
 * they read "<5" when {@code mask} (always on the reach page; on a vacancy page for partner users).
 */
public final class Funnel {
  public static final List<String> STAGES = List.of("alerted", "delivered", "interested", "contacted", "hired_staff",
      "hired_said");

  private Funnel() {}

  /** One figure per stage, each with its label ({@code id}: the list's HTML id, stage ids "{id}-{stage}"). */
  public static String figures(String lang, String id, Map<String, Object> counts, boolean mask) {
    StringBuilder b = new StringBuilder("<ol class=\"figures funnel\" id=\"").append(Html.esc(id)).append("\">");
    for (String stage : STAGES) {
      long n = Sql.num(counts.get(stage));
      b.append("<li id=\"").append(Html.esc(id)).append('-').append(stage).append("\"><b>")
          .append(Html.esc(mask ? Cells.show(n) : String.valueOf(n))).append("</b> ")
          .append(Html.esc(Page.t(lang, "funnel." + stage))).append("</li>");
    }
    return b.append("</ol>").toString();
  }
}
