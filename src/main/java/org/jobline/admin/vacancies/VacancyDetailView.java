package org.jobline.admin.vacancies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Csv;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Sql;
import org.jobline.admin.Viewer;
import org.jobline.refdata.Named;
import org.jobline.refdata.ReferenceData;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyStats;

/** One vacancy: every field, who created and published it, its figures, why alerts wait, the interested people. */
final class VacancyDetailView {
  /** {@code funnel}: the vacancy's counts per stage of {@link org.jobline.admin.dashboard.Funnel}. */
  record Data(Vacancy vac, VacancyStats stats, List<Map<String, Object>> interested, List<Map<String, Object>> history,
              Reach.Waiting waiting, Map<String, Object> funnel) {}

  private final Viewer v;
  private final ReferenceData ref;
  private final ZoneId zone;
  private final String lang;

  VacancyDetailView(Viewer v, ReferenceData ref, String timeZone) {
    this.v = v;
    this.ref = ref;
    this.zone = ZoneId.of(timeZone);
    this.lang = v.lang();
  }

  String render(Data d, String timeZone) {
    Vacancy vac = d.vac();
    StringBuilder b = new StringBuilder("<p id=\"vacancy-title\"><b>").append(Html.esc(vac.title())).append("</b> — ")
        .append(Html.esc(vac.employer())).append(" · <span id=\"vacancy-status\" class=\"status status-").append(vac.status())
        .append("\">").append(t("vac.status." + vac.status())).append("</span></p><dl class=\"facts\" id=\"facts\">");
    fact(b, VacancyForm.label(lang, "trade"), name(ref.trade(vac.trade()).orElse(null), vac.trade()));
    fact(b, VacancyForm.label(lang, "region"), name(ref.region(vac.region()).orElse(null), vac.region()));
    fact(b, VacancyForm.label(lang, "place"), vac.place());
    fact(b, VacancyForm.label(lang, "country"), vac.abroad()
        ? org.jobline.refdata.Countries.name(vac.country(), lang) + " (" + vac.country() + ")" : null);
    fact(b, VacancyForm.label(lang, "contact"), vac.contact());
    fact(b, VacancyForm.label(lang, "positions"), String.valueOf(vac.positions()));
    fact(b, VacancyForm.label(lang, "closingDate"), vac.closingDate() == null ? null
        : LocalDate.parse(vac.closingDate()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    fact(b, VacancyForm.label(lang, "tags"), String.join(", ", vac.tagSet().stream()
        .map(tag -> Page.t(lang, "vac." + tag.key())).toList()));
    for (Map<String, Object> h : d.history()) {
      fact(b, Page.t(lang, "vac.history." + h.get("action")), Page.t(lang, "vac.by",
          Csv.time(Sql.num(h.get("at")), zone), h.get("actor")));
    }
    b.append("</dl>");
    if (vac.description() != null && !vac.description().isBlank()) {
      b.append("<p id=\"vacancy-description\">").append(Html.esc(vac.description())).append("</p>");
    }
    b.append("<div class=\"figures\" id=\"figures\">");
    figure(b, "matched", d.stats().matched());
    figure(b, "alerted", d.stats().alerted());
    figure(b, "delivered", d.stats().delivered());
    figure(b, "interested", d.stats().interested());
    b.append("</div>");
    waiting(b, d.waiting());
    b.append("<p class=\"actions\">");
    if (!"closed".equals(vac.status())) {
      b.append("<a class=\"button\" id=\"edit\" href=\"/admin/vacancies/").append(Html.esc(vac.ref())).append("/edit\">")
          .append(t("vac.edit")).append("</a> ");
    }
    if (vac.open()) {
      b.append("<form method=\"post\" class=\"inline\" action=\"/admin/vacancies/").append(Html.esc(vac.ref()))
          .append("/close\">").append(Page.csrfField(v)).append("<button id=\"close-vacancy\" type=\"submit\">")
          .append(t("vac.close")).append("</button></form>");
    } else {
      b.append("<a class=\"button\" id=\"open-vacancy\" href=\"/admin/vacancies/").append(Html.esc(vac.ref()))
          .append("/publish\">").append(t("vac.open")).append("</a>");
    }
    // partner users see people as figures only: under 5 reads "<5"; staff see each person in the list below anyway
    b.append("</p><h2 id=\"funnel-title\">").append(t("funnel.vacancy")).append("</h2>")
        .append(org.jobline.admin.dashboard.Funnel.figures(lang, "vacancy-funnel", d.funnel(), v.staff().partner()));
    b.append("<h2 id=\"interested-title\">").append(t("int.title")).append("</h2><p class=\"actions\"><a id=\"export\" href=\"/admin/vacancies/")
        .append(Html.esc(vac.ref())).append("/interested.csv\">").append(t("vac.export")).append("</a> · <a id=\"print\" href=\"/admin/vacancies/")
        .append(Html.esc(vac.ref())).append("/interested/print\">").append(t("int.print")).append("</a></p>");
    if (v.staff().partner()) {
      b.append("<p class=\"notice\" id=\"partner-note\">").append(t("int.partnerNote")).append("</p>");
    }
    return b.append(new InterestedView(v, ref, timeZone).table(vac.ref(), d.interested(), true)).toString();
  }

  private void waiting(StringBuilder b, Reach.Waiting w) {
    if (w.waiting() == 0) {
      return;
    }
    b.append("<div class=\"notice\" id=\"waiting\"><p>").append(Html.esc(Page.t(lang, "vac.waiting", w.waiting())))
        .append("</p><ul id=\"waiting-reasons\">");
    if (w.quietUntil() != null) {
      b.append("<li>").append(Html.esc(Page.t(lang, "vac.quietUntil", hhmm(w.quietUntil())))).append("</li>");
    }
    if (w.capped() > 0) {
      b.append("<li>").append(Html.esc(Page.t(lang, "vac.capped", w.capped()))).append("</li>");
    }
    if (w.quietUntil() == null && w.capped() < w.waiting()) {
      b.append("<li>").append(Html.esc(Page.t(lang, "vac.queued", w.waiting() - w.capped()))).append("</li>");
    }
    b.append("</ul></div>");
  }

  String hhmm(Instant at) {
    return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(zone));
  }

  private void fact(StringBuilder b, String label, String value) {
    if (value != null && !value.isBlank()) {
      b.append("<div><dt>").append(Html.esc(label)).append("</dt><dd>").append(Html.esc(value)).append("</dd></div>");
    }
  }

  private void figure(StringBuilder b, String key, long n) {
    b.append("<div id=\"fig-").append(key).append("\"><b>").append(n).append("</b>").append(t("fig." + key)).append("</div>");
  }

  private String name(Named n, String code) {
    return n != null ? n.name(lang) : code;
  }

  private String t(String key) {
    return Html.esc(Page.t(lang, key));
  }
}
