package org.jobline.ussd;

import java.util.List;
import java.util.stream.Collectors;
import org.jobline.refdata.Named;
import org.jobline.subscriber.Subscriber;

/** Builds the {@link View} of any node: one entry point for the engine, one class per part of the menu. */
final class Views {
  private Views() {}

  static View build(Node n, MenuContext ctx) {
    return switch (n.screen()) {
      case MAIN -> AccountViews.main(ctx);
      case PROFILE -> AccountViews.profile(ctx);
      case STOP -> AccountViews.status(ctx, "stop", "stopped");
      case RESUME -> AccountViews.status(ctx, "resume", "active");
      case LANGUAGE -> AccountViews.language(ctx);
      case REGION -> RegistrationViews.region(n, ctx);
      case CATEGORY -> RegistrationViews.category(n, ctx);
      case TRADE -> RegistrationViews.trade(n, ctx);
      case MORE -> RegistrationViews.more(n, ctx);
      case CONFIRM -> RegistrationViews.confirm(n, ctx);
      case VACANCIES -> VacancyViews.list(n, ctx);
      case DETAIL -> VacancyViews.detail(n, ctx);
      case CONSENT -> ProfileViews.consent(n, ctx);
      case AGE, SEX, DISABILITY, SCHOOLING -> ProfileViews.question(n, ctx);
      case APPLICATIONS -> ApplicationViews.list(n, ctx);
      case OUTCOME -> ApplicationViews.outcome(n, ctx);
      case PARTNER -> PartnerCodeStep.view(n, ctx);
      case REPORT -> VacancyViews.report(n, ctx);
      case ABROAD -> AbroadViews.optIn(ctx);
      case MIGRATION -> AbroadViews.migration(ctx);
    };
  }

  static String regionName(String code, MenuContext ctx) {
    if (code == null || Subscriber.ALL_REGIONS.equals(code)) {
      return ctx.t("region.all");
    }
    return ctx.refData().region(code).map(r -> r.name(ctx.language())).orElse(code);
  }

  static String tradeNames(List<String> codes, MenuContext ctx) {
    return codes.stream()
        .map(c -> ctx.refData().trade(c).map(t -> t.name(ctx.language())).orElse(c))
        .collect(Collectors.joining(", "));
  }

  static String name(Named item, MenuContext ctx) {
    return item.name(ctx.language());
  }
}
