package org.jobline.ussd;

import org.jobline.gsm.Gsm7;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link View} out on screens of at most 160 GSM-7 septets ("CON " included; extension
 * characters such as { } [ ] € count two) and renders one.
 * Page breaks never depend on whether an error line is shown, so option numbers stay stable.
 */
final class Pager {
  static final int MAX = 160;
  static final int MAX_LABEL = 40;
  static final int MAX_TITLE = 48;
  /** Septets available to lines once "CON " is written, each line counting one for its newline. */
  private static final int LINES = MAX - 4 + 1;

  private Pager() {}

  /** One page: its options with their (shortened) labels, and whether "98" shows more. */
  record Page(List<Option> options, List<String> labels, boolean more) {}

  static Page page(View v, int page, MenuContext ctx) {
    // Each label made GSM-7 once per layout, not once per page tried and per pass.
    List<String> gsm = new ArrayList<>(v.options().size());
    for (Option o : v.options()) {
      gsm.add(Gsm7.strict(o.label()));
    }
    if (!v.paged()) {
      return new Page(v.options(), cutAll(gsm, MAX_LABEL), false);
    }
    int room = LINES - cost(ctx.t("error.choice")) - navCost(v, ctx) - cost(Fit.cut(v.body(MAX_TITLE), MAX_TITLE));
    int moreCost = cost("98 " + ctx.t("nav.more"));
    int start = 0;
    for (int p = 0; ; p++) {
      int count = v.perPage() > 0 ? Math.min(v.perPage(), gsm.size() - start) : fitting(gsm, start, room, moreCost);
      boolean more = start + count < gsm.size();
      if (p == page || !more) {
        int width = v.perPage() > 0 ? Math.min(MAX_LABEL, (room - (more ? moreCost : 0)) / Math.max(1, count) - 3) : MAX_LABEL;
        return new Page(v.options().subList(start, start + count), cutAll(gsm.subList(start, start + count), width), more);
      }
      start += count;
    }
  }

  private static List<String> cutAll(List<String> labels, int width) {
    List<String> out = new ArrayList<>(labels.size());
    for (String l : labels) {
      out.add(Fit.cut(l, width));
    }
    return out;
  }

  /** How many labels from {@code start} fit, keeping room for the "98" line when some are left. */
  private static int fitting(List<String> gsm, int start, int room, int moreCost) {
    int all = fittingIn(gsm, start, room);
    if (start + all == gsm.size()) {
      return all;
    }
    return Math.max(1, fittingIn(gsm, start, room - moreCost));
  }

  private static int fittingIn(List<String> gsm, int start, int room) {
    int used = 0;
    int n = 0;
    for (int i = start; i < gsm.size(); i++) {
      // "<n> <label>" and its newline
      used += digits(n + 1) + 1 + Gsm7.septets(Fit.cut(gsm.get(i), MAX_LABEL)) + 1;
      if (used > room) {
        break;
      }
      n++;
    }
    return n;
  }

  private static int digits(int n) {
    return n < 10 ? 1 : n < 100 ? 2 : String.valueOf(n).length();
  }

  /** The CON screen for page {@code page} of {@code v}, with the error line on top when asked. */
  static String render(View v, int page, boolean error, MenuContext ctx) {
    Page p = page(v, page, ctx);
    List<String> lines = new ArrayList<>();
    List<String> tail = new ArrayList<>();
    for (int i = 0; i < p.labels().size(); i++) {
      tail.add((i + 1) + " " + p.labels().get(i));
    }
    if (p.more()) {
      tail.add("98 " + ctx.t("nav.more"));
    }
    if (v.nav()) {
      tail.add("0 " + ctx.t("nav.back"));
      tail.add("00 " + ctx.t("nav.main"));
    }
    if (error) {
      lines.add(ctx.t("error.choice"));
    }
    int room = LINES - lines.stream().mapToInt(Pager::cost).sum() - tail.stream().mapToInt(Pager::cost).sum();
    int bodyMax = v.paged() ? Math.min(MAX_TITLE, room - 1) : room - 1;
    lines.add(v.body(Math.max(0, bodyMax)));
    lines.addAll(tail);
    return finish("CON " + String.join("\n", lines));
  }

  static String end(String text) {
    return finish("END " + text);
  }

  private static String finish(String screen) {
    return Fit.cut(Gsm7.strict(screen), MAX);
  }

  private static int navCost(View v, MenuContext ctx) {
    return v.nav() ? cost("0 " + ctx.t("nav.back")) + cost("00 " + ctx.t("nav.main")) : 0;
  }

  private static int cost(String line) {
    return Gsm7.septets(line) + 1;
  }
}
