package org.jobline.ussd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobline.profile.ProfileQuestion;

/**
 * The optional profile questions: one consent screen ("Jamais" is remembered), then age band, sex,
 * disability and schooling, each answer saved as it is chosen. Reached after a first registration
 * (mode REGISTER: the END screen also confirms the registration) or from the profile (mode PROFILE).
 */
final class ProfileViews {
  static final Map<Screen, ProfileQuestion> QUESTIONS = Map.of(Screen.AGE, ProfileQuestion.AGE,
      Screen.SEX, ProfileQuestion.SEX, Screen.DISABILITY, ProfileQuestion.DISABILITY,
      Screen.SCHOOLING, ProfileQuestion.SCHOOLING);

  private ProfileViews() {}

  /** Where the questions start from a mode: straight to the first question when the caller already said yes. */
  static Node start(Screen.Mode mode, MenuContext ctx) {
    return Node.of("yes".equals(ctx.answers().consent()) ? Screen.AGE : Screen.CONSENT, mode);
  }

  static View consent(Node n, MenuContext ctx) {
    boolean reg = n.mode() == Screen.Mode.REGISTER;
    List<Option> options = List.of(
        Option.then(ctx.t("consent.yes"), new Action.Consent("yes"), n.to(Screen.AGE)),
        Option.end(ctx.t("consent.later"), new Action.Consent("later"), reg ? regDone(ctx) : ctx.t("consent.laterDone")),
        Option.end(ctx.t("consent.never"), new Action.Consent("never"),
            ctx.t(reg ? "consent.neverReg" : "consent.neverDone", ctx.shortCode(), ctx.serviceCode())));
    return new View(ctx.t(reg ? "consent.titleReg" : "consent.title"), List.of(), options, -1, false);
  }

  static View question(Node n, MenuContext ctx) {
    ProfileQuestion q = QUESTIONS.get(n.screen());
    String current = ctx.answers().answer(q);
    List<Option> options = new ArrayList<>();
    for (String code : q.codes()) {
      String label = ctx.t("q." + q.key() + "." + code);
      Action save = new Action.Answer(q, code);
      options.add(q.next().isPresent()
          ? Option.then(label, save, n.to(screen(q.next().get())))
          : Option.end(label, save, n.mode() == Screen.Mode.REGISTER
              ? ctx.t("questions.doneReg", ctx.shortCode(), ctx.serviceCode()) : ctx.t("questions.done")));
    }
    String title = current == null ? ctx.t("q." + q.key() + ".title")
        : ctx.t("q." + q.key() + ".title") + " (" + ctx.t("q.now", ctx.t("q." + q.key() + "." + current)) + ")";
    return new View(title, List.of(), options, -1, false);
  }

  static String regDone(MenuContext ctx) {
    return ctx.t("reg.done", ctx.shortCode(), ctx.serviceCode());
  }

  private static Screen screen(ProfileQuestion q) {
    for (Map.Entry<Screen, ProfileQuestion> e : QUESTIONS.entrySet()) {
      if (e.getValue() == q) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException(q.name());
  }
}
