package org.jobline.ussd;

import java.util.ArrayList;
import java.util.List;
import org.jobline.refdata.Region;
import org.jobline.refdata.Trade;
import org.jobline.refdata.TradeCategory;
import org.jobline.subscriber.Subscriber;

/** Region, trade category, trade, "another trade?" and confirmation screens (also used to pick a search). */
final class RegistrationViews {
  private RegistrationViews() {}

  static View region(Node n, MenuContext ctx) {
    List<Option> options = new ArrayList<>();
    for (Region r : ctx.refData().regions()) {
      options.add(Option.go(Views.name(r, ctx), afterRegion(n, r.code(), ctx)));
    }
    options.add(Option.go(ctx.t("region.all"), afterRegion(n, Subscriber.ALL_REGIONS, ctx)));
    return View.list(ctx.t(n.mode() == Screen.Mode.BROWSE ? "vac.region.title" : "region.title"), options);
  }

  private static Node afterRegion(Node n, String region, MenuContext ctx) {
    if (n.mode() == Screen.Mode.PROFILE) {
      return n.to(Screen.CONFIRM).withRegion(region).withTrades(ctx.profile().map(Subscriber::trades).orElse(List.of()));
    }
    return n.to(Screen.CATEGORY).withRegion(region);
  }

  static View category(Node n, MenuContext ctx) {
    List<Option> options = new ArrayList<>();
    for (TradeCategory c : ctx.refData().categories()) {
      options.add(Option.go(Views.name(c, ctx), n.to(Screen.TRADE).withCategory(c.code())));
    }
    return View.list(ctx.t("category.title"), options);
  }

  static View trade(Node n, MenuContext ctx) {
    List<Option> options = new ArrayList<>();
    for (Trade t : ctx.refData().tradesIn(n.category())) {
      if (!n.trades().contains(t.code())) {
        options.add(Option.go(Views.name(t, ctx), afterTrade(n, t.code())));
      }
    }
    return View.list(ctx.t("trade.title"), options);
  }

  private static Node afterTrade(Node n, String trade) {
    if (n.mode() == Screen.Mode.BROWSE) {
      return n.to(Screen.VACANCIES).withTrades(List.of(trade));
    }
    Node next = n.addTrade(trade);
    return next.to(next.trades().size() < Subscriber.MAX_TRADES ? Screen.MORE : Screen.CONFIRM);
  }

  static View more(Node n, MenuContext ctx) {
    return View.single(ctx.t("more.title", n.trades().size()), List.of(), List.of(
        Option.go(ctx.t("more.yes"), n.to(Screen.CATEGORY)),
        Option.go(ctx.t("more.no"), n.to(Screen.CONFIRM))));
  }

  /** After a first registration, the optional questions' consent screen (unless "Jamais" or answered). */
  static View confirm(Node n, MenuContext ctx) {
    Action register = new Action.Register(n.region(), n.trades(), n.code());
    Option ok = !ctx.registered() && ctx.answers().askAfterRegistration()
        ? Option.then(ctx.t("confirm.ok"), register, Node.of(Screen.CONSENT, Screen.Mode.REGISTER))
        : Option.end(ctx.t("confirm.ok"), register, ProfileViews.regDone(ctx));
    List<Option> options = PartnerCodeStep.offered(n, ctx)
        ? List.of(ok, Option.go(ctx.t("confirm.partner"), n.to(Screen.PARTNER).withCode(null))) : List.of(ok);
    return View.single(ctx.t(n.code() == null ? "confirm.title" : "confirm.titleCode"),
        List.of(Views.regionName(n.region(), ctx), Views.tradeNames(n.trades(), ctx), String.valueOf(n.code())), options);
  }
}
