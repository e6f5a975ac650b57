package org.jobline.ussd;

import java.util.ArrayList;
import java.util.List;
import org.jobline.followup.Application;
import org.jobline.followup.Outcome;

/** "Mes candidatures": the vacancies the caller was interested in, and what happened for one of them. */
final class ApplicationViews {
  /** How many of the latest interests the menu lists (read at session start). */
  static final int SHOWN = 9;

  private ApplicationViews() {}

  static View list(Node n, MenuContext ctx) {
    List<Option> options = new ArrayList<>();
    for (Application a : ctx.applications()) {
      options.add(Option.go(a.ref() + " " + a.title(), n.to(Screen.OUTCOME).withRef(a.ref())));
    }
    return View.list(ctx.t("apps.title"), options);
  }

  static View outcome(Node n, MenuContext ctx) {
    List<Option> options = new ArrayList<>();
    for (Outcome o : Outcome.choices()) {
      options.add(Option.end(ctx.t("outcome." + o.code()), new Action.Outcome(n.ref(), o),
          ctx.t("outcome.done", n.ref())));
    }
    return View.single(ctx.t("outcome.title"), List.of(n.ref()), options);
  }
}
