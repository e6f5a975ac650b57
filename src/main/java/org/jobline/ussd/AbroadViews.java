package org.jobline.ussd;

import java.util.ArrayList;
import java.util.List;
import org.jobline.migration.MigrationTexts;

/**
 * "Travail etranger": the agency's safe-migration topics, then (registered callers) offers abroad on or off.
 */
final class AbroadViews {
  private AbroadViews() {}

  static View optIn(MenuContext ctx) {
    String now = ctx.t(ctx.abroad() ? "abroad.now.on" : "abroad.now.off");
    return View.single(ctx.t("abroad.title", now), List.of(), List.of(
        Option.end(ctx.t("abroad.yes"), new Action.SetAbroad(true), ctx.t("abroad.on")),
        Option.end(ctx.t("abroad.no"), new Action.SetAbroad(false), ctx.t("abroad.off"))));
  }

  /** The topics the agency wrote (config/migration_*.properties), each ending the session on its screen. */
  static View migration(MenuContext ctx) {
    List<Option> options = new ArrayList<>();
    for (MigrationTexts.Topic t : ctx.migration().topics(ctx.language())) {
      options.add(Option.end(t.label(), null, t.text()));
    }
    if (ctx.registered()) {
      // here rather than in "Mon profil": a 4th option there would cut the profile's summary short
      options.add(Option.go(ctx.t("profile.abroad", ctx.t(ctx.abroad() ? "abroad.now.on" : "abroad.now.off")),
          Node.of(Screen.ABROAD, Screen.Mode.PROFILE)));
    }
    return View.list(ctx.migration().menu(ctx.language()), options);
  }
}
