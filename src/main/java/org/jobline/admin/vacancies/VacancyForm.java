package org.jobline.admin.vacancies;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.jobline.admin.Html;
import org.jobline.admin.Page;
import org.jobline.admin.Params;
import org.jobline.admin.Viewer;
import org.jobline.core.errors.SafeError;
import org.jobline.refdata.ReferenceData;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyInput;
import org.jobline.vacancy.VacancyTag;
import org.jobline.vacancy.ValidationException;

/** The create/edit form: decoding the posted fields, and drawing them back with the bad field's error beside it. */
final class VacancyForm {
  static final List<String> FIELDS =
      List.of("title", "employer", "trade", "region", "place", "contact", "positions", "closingDate", "description",
          "tags", "country");

  static final java.util.Set<String> REQUIRED = java.util.Set.of("title", "employer", "trade", "region");
  private static final org.jobline.i18n.Messages FIELD_NAMES = new org.jobline.i18n.Messages("validation");

  private VacancyForm() {}

  /** The posted form: the service input, the positions as typed, and an error when positions is not a number. */
  record Decoded(VacancyInput input, String rawPositions, SafeError error) {}

  static Decoded decode(RoutingContext rc) {
    String positions = Params.form(rc, "positions", 12);
    Integer n = null;
    SafeError error = null;
    if (!positions.isEmpty()) {
      try {
        n = Integer.parseInt(positions);
      } catch (NumberFormatException e) {
        error = new ValidationException("positions", "positionsNumber");
      }
    }
    return new Decoded(new VacancyInput(Params.form(rc, "title", 500), Params.form(rc, "description", 5000),
        Params.form(rc, "trade", 60), Params.form(rc, "region", 60), Params.form(rc, "place", 300),
        Params.form(rc, "employer", 300), Params.form(rc, "contact", 400), n, Params.form(rc, "closingDate", 20),
        tags(rc), country(rc)), positions, error);
  }

  /**
   * The country typed by staff. A partner user's form has no such field: absent means unchanged (null), so a
   * partner's edit keeps a country staff set; one posted anyway goes to the service, which refuses it.
   */
  private static String country(RoutingContext rc) {
    String typed = Params.form(rc, "country", 60);
    return Viewer.of(rc).partnerScope() != null && typed.isBlank() ? null : typed;
  }

  static VacancyInput of(Vacancy v) {
    return new VacancyInput(v.title(), v.description(), v.trade(), v.region(), v.place(), v.employer(), v.contact(),
        v.positions(), v.closingDate(), v.tags(), v.country());
  }

  /** The ticked tag boxes (the validator names an unknown value); none ticked = no tags, so "" and never null. */
  private static String tags(RoutingContext rc) {
    return String.join(",", rc.request().formAttributes().getAll("tags").stream().limit(10)
        .map(t -> t.length() > 40 ? t.substring(0, 40) : t).toList());
  }

  /** One checkbox per tag, with its name in the page's language. */
  private static String tagBoxes(String lang, String stored) {
    java.util.Set<VacancyTag> on = VacancyTag.parse(stored);
    StringBuilder b = new StringBuilder("<fieldset id=\"tags\" class=\"tags\">");
    for (VacancyTag t : VacancyTag.values()) {
      b.append("<label><input type=\"checkbox\" name=\"tags\" id=\"tag-").append(t.code()).append("\" value=\"")
          .append(t.code()).append("\"").append(on.contains(t) ? " checked" : "").append("> ")
          .append(Html.esc(Page.t(lang, "vac." + t.key()))).append("</label> ");
    }
    return b.append("</fieldset>").toString();
  }

  static String render(Viewer viewer, ReferenceData ref, String action, VacancyInput in, String rawPositions,
                       SafeError error) {
    String lang = viewer.lang();
    StringBuilder b = new StringBuilder("<form method=\"post\" class=\"card\" id=\"vacancy-form\" novalidate action=\"")
        .append(Html.esc(action)).append("\">").append(Page.csrfField(viewer));
    Map<String, String> errors = messages(error, lang);
    if (error != null && error.field() == null) {
      b.append("<p class=\"error\" role=\"alert\">").append(Html.esc(error.getMessage())).append("</p>");
    }
    if (!errors.isEmpty()) {
      b.append("<div class=\"error\" id=\"error-summary\" role=\"alert\"><p>")
          .append(Html.esc(Page.t(lang, "form.errors", errors.size()))).append("</p><ul>");
      errors.forEach((f, m) -> b.append("<li><a href=\"#").append(Html.esc(f)).append("\">").append(Html.esc(m))
          .append("</a></li>"));
      b.append("</ul></div>");
    }
    b.append("<p class=\"help\">").append(Html.esc(Page.t(lang, "form.requiredNote"))).append("</p>");
    for (String f : FIELDS) {
      if (f.equals("country") && viewer.partnerScope() != null) {
        continue; // only agency staff publish abroad
      }
      boolean required = REQUIRED.contains(f);
      b.append("<div class=\"field\"><label for=\"").append(f).append("\">").append(Html.esc(label(lang, f)));
      if (required) {
        b.append(" <span class=\"required\" aria-hidden=\"true\">*</span>");
      }
      b.append("</label>");
      String value = value(in, f, rawPositions);
      String control = switch (f) {
        case "trade" -> Params.select("trade", lang, ref.trades(), value, "—");
        case "region" -> Params.select("region", lang, ref.regions(), value, "—");
        case "tags" -> tagBoxes(lang, value);
        case "country" -> "<input id=\"country\" name=\"country\" maxlength=\"60\" autocomplete=\"off\" value=\""
            + Html.esc(value) + "\" aria-describedby=\"country-help\"><span class=\"help\" id=\"country-help\">"
            + Html.esc(Page.t(lang, "abroad.countryHelp")) + "</span>";
        case "description" -> "<textarea id=\"description\" name=\"description\" rows=\"4\">" + Html.esc(value)
            + "</textarea>";
        default -> "<input id=\"" + f + "\" name=\"" + f + "\""
            + (f.equals("closingDate") ? " type=\"date\"" : f.equals("positions") ? " inputmode=\"numeric\"" : "")
            + " value=\"" + Html.esc(value) + "\">";
      };
      String extra = (required ? " required aria-required=\"true\"" : "")
          + (errors.containsKey(f) ? " aria-invalid=\"true\" aria-describedby=\"error-" + f + "\"" : "");
      int at = control.indexOf(' ');
      b.append(control, 0, at).append(extra).append(control.substring(at));
      if (errors.containsKey(f)) {
        b.append("<span class=\"field-error\" id=\"error-").append(f).append("\">").append(Html.esc(errors.get(f)))
            .append("</span>");
      }
      b.append("</div>");
    }
    return b.append("<button id=\"save\" type=\"submit\">").append(Html.esc(Page.t(lang, "action.save")))
        .append("</button></form>").toString();
  }

  /** A field's name as its error messages spell it (one bundle for both), capitalised. */
  static String label(String lang, String field) {
    String name = FIELD_NAMES.get(lang, "field." + field);
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Every bad field's message in the page's language (the service's errors carry all of them). */
  static Map<String, String> messages(SafeError error, String lang) {
    if (error instanceof ValidationException v) {
      return v.messages(lang);
    }
    return error == null || error.field() == null ? Map.of() : Map.of(error.field(), error.getMessage());
  }

  private static String value(VacancyInput in, String f, String rawPositions) {
    return switch (f) {
      case "title" -> in.title();
      case "employer" -> in.employer();
      case "trade" -> in.trade();
      case "region" -> in.region();
      case "place" -> in.place();
      case "contact" -> in.contact();
      case "positions" -> rawPositions != null ? rawPositions : in.positions() == null ? "" : String.valueOf(in.positions());
      case "closingDate" -> in.closingDate();
      case "tags" -> in.tags();
      case "country" -> in.country();
      default -> in.description();
    };
  }
}
