package org.jobline.ussd;

import java.util.ArrayList;
import java.util.List;
import org.jobline.subscriber.Subscriber;

/** Main menu, profile, stop/resume and language screens. */
final class AccountViews {
  private AccountViews() {}

  static View main(MenuContext ctx) {
    List<Option> options = new ArrayList<>();
    boolean registered = ctx.registered();
    options.add(Option.go(ctx.t(registered ? "menu.update" : "menu.register"), Node.of(Screen.REGION, Screen.Mode.REGISTER)));
    options.add(Option.go(ctx.t("menu.vacancies"), registered
        ? Node.of(Screen.VACANCIES, Screen.Mode.BROWSE).withRegion(subscriber(ctx).region()).withTrades(subscriber(ctx).trades())
        : Node.of(Screen.REGION, Screen.Mode.BROWSE)));
    if (registered) {
      options.add(Option.go(ctx.t("menu.profile"), Node.of(Screen.PROFILE, Screen.Mode.PROFILE)));
      boolean active = subscriber(ctx).active();
      options.add(Option.go(ctx.t(active ? "menu.stop" : "menu.resume"),
          Node.of(active ? Screen.STOP : Screen.RESUME, Screen.Mode.PROFILE)));
    }
    options.add(Option.go(ctx.t("menu.language"), Node.of(Screen.LANGUAGE, Screen.Mode.PROFILE)));
    if (registered && !ctx.applications().isEmpty()) {
      options.add(Option.go(ctx.t("menu.applications"), Node.of(Screen.APPLICATIONS, Screen.Mode.PROFILE)));
    }
    options.add(Option.go(ctx.t("menu.abroad"), Node.of(Screen.MIGRATION, Screen.Mode.PROFILE)));
    return new View(ctx.t("menu.title"), List.of(), options, -1, false);
  }

  static View profile(MenuContext ctx) {
    if (!ctx.registered()) {
      return main(ctx);
    }
    Subscriber s = subscriber(ctx);
    List<String> args = List.of(Views.regionName(s.region(), ctx), Views.tradeNames(s.trades(), ctx),
        ctx.t("language.name"), ctx.t(s.active() ? "profile.active" : "profile.stopped"));
    List<Option> options = List.of(
        Option.go(ctx.t("profile.changeRegion"), Node.of(Screen.REGION, Screen.Mode.PROFILE)),
        Option.go(ctx.t("profile.changeTrades"), Node.of(Screen.CATEGORY, Screen.Mode.REGISTER).withRegion(s.region())),
        Option.go(ctx.t("profile.questions"), ProfileViews.start(Screen.Mode.PROFILE, ctx)));
    return View.single(ctx.t("profile.body"), args, options);
  }

  /** Stop ({@code key} "stop") or resume ("resume") alerts, after a confirmation. */
  static View status(MenuContext ctx, String key, String status) {
    Option yes = Option.end(ctx.t(key + ".yes"), new Action.SetStatus(status), ctx.t(key + ".done", ctx.serviceCode(), ctx.shortCode()));
    return View.single(ctx.t(key + ".title"), List.of(), List.of(yes));
  }

  static View language(MenuContext ctx) {
    UssdTexts texts = ctx.texts();
    return View.single(ctx.t("language.title"), List.of(), List.of(
        Option.end(texts.get("fr", "language.name"), new Action.SetLanguage("fr"), texts.get("fr", "language.done")),
        Option.end(texts.get("en", "language.name"), new Action.SetLanguage("en"), texts.get("en", "language.done"))));
  }

  private static Subscriber subscriber(MenuContext ctx) {
    return ctx.profile().orElseThrow();
  }
}
