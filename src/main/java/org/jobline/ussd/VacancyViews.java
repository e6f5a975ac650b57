package org.jobline.ussd;

import java.util.List;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyTag;

/** Open vacancies matching a region and trades, 3 per screen, and one vacancy's details. */
final class VacancyViews {
  static final int PER_PAGE = 3;

  private VacancyViews() {}

  static View list(Node n, MenuContext ctx) {
    List<Vacancy> found = ctx.vacancies().matching(n.region(), n.trades(), ctx.abroad());
    if (found.isEmpty()) {
      return View.single(ctx.t("vac.none"), List.of(), List.of());
    }
    List<Option> options = found.stream()
        .map(v -> Option.go(v.ref() + " " + v.title(), n.to(Screen.DETAIL).withRef(v.ref())))
        .toList();
    int from = n.page() * PER_PAGE + 1;
    int to = Math.min(found.size(), from + PER_PAGE - 1);
    return new View(ctx.t("vac.list.title", from, to, found.size()), List.of(), options, PER_PAGE, true);
  }

  static View detail(Node n, MenuContext ctx) {
    Vacancy v = ctx.vacancies().byRef(n.ref());
    if (v == null) {
      return View.single(ctx.t("vac.closed"), List.of(), List.of());
    }
    String closing = v.closingDate() == null ? ctx.t("vac.noDate") : v.closingDate();
    String place = v.place() == null || v.place().isBlank() ? Views.regionName(v.region(), ctx) : v.place();
    if (v.abroad()) {
      place = (v.place() == null || v.place().isBlank() ? "" : v.place() + ", ")
          + org.jobline.refdata.Countries.name(v.country(), ctx.language());
    }
    Option interest = Option.end(ctx.t("vac.interest"), new Action.Interest(v.ref()), ctx.t("interest.done", v.ref()));
    Option report = Option.go(ctx.t("vac.report"), n.to(Screen.REPORT));
    // the tags are a few words of our own texts: set into the pattern, whole, so that the title, employer and
    // place give way to them (and to "Signaler") when the screen is full
    String tags = org.jobline.gsm.Gsm7.strict(VacancyTag.labels(ctx.language(), v.tagSet()));
    String pattern = tags.isEmpty() ? ctx.t("vac.detail") : ctx.t("vac.detailTags").replace("{6}", tags);
    return View.single(pattern,
        List.of(v.title(), v.employer(), place, String.valueOf(v.positions()), closing, v.ref()),
        List.of(interest, report));
  }

  /** Why the caller reports the vacancy (issue 21): each reason records the report and ends with the thanks. */
  static View report(Node n, MenuContext ctx) {
    List<Option> reasons = List.of("fee", "fake", "other").stream()
        .map(r -> Option.end(ctx.t("report." + r), new Action.Report(n.ref(), ctx.t("report." + r)),
            ctx.t("report.done", n.ref())))
        .toList();
    return View.single(ctx.t("report.title"), List.of(n.ref()), reasons);
  }
}
