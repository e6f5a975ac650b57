package org.jobline.ussd;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The optional partner code of a first registration: "2 J'ai un code partenaire" on the confirmation screen
 * opens a screen where the code is typed (P12, or 12 on a keypad without letters). A known code returns to the
 * confirmation showing it, and the registration credits that partner; an unknown one shows a retry screen
 * naming it; 0 skips (back to the confirmation without a code), 00 is the main menu as everywhere.
 */
final class PartnerCodeStep {
  static final int MAX_SHOWN = 10;

  private PartnerCodeStep() {}

  /** Offered on a first registration's confirmation, while no code is accepted and some partner has one. */
  static boolean offered(Node n, MenuContext ctx) {
    return n.mode() == Screen.Mode.REGISTER && !ctx.registered() && n.code() == null && !ctx.partnerCodes().isEmpty();
  }

  static View view(Node n, MenuContext ctx) {
    return n.code() == null ? new View(ctx.t("partner.ask"), List.of(), List.of(), -1, false)
        : new View(ctx.t("partner.retry"), List.of(n.code()), List.of(), -1, false);
  }

  /** One input on the partner screen (its frame's parent is the confirmation it came from). */
  static Position step(Position pos, String input, MenuContext ctx) {
    Position.Frame confirm = pos.frame().parent();
    if (confirm == null) { // never: the screen is only reached from a confirmation
      return pos.refused();
    }
    if (input.equals("0")) {
      return Position.at(confirm);
    }
    if (input.isEmpty()) {
      return pos.refused();
    }
    Optional<String> code = known(input, ctx);
    if (code.isPresent()) {
      return Position.at(new Position.Frame(confirm.node().withCode(code.get()), confirm.parent()));
    }
    String shown = input.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    shown = shown.length() > MAX_SHOWN ? shown.substring(0, MAX_SHOWN) + ".." : shown;
    return Position.at(new Position.Frame(pos.node().withCode(shown), confirm));
  }

  /** The partner code typed, in any case and spacing, or its digits alone when the code is P and digits. */
  static Optional<String> known(String input, MenuContext ctx) {
    String typed = input.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (typed.length() > 20) {
      return Optional.empty();
    }
    if (ctx.partnerCodes().contains(typed)) {
      return Optional.of(typed);
    }
    return typed.matches("\\d{1,6}") && ctx.partnerCodes().contains("P" + typed) ? Optional.of("P" + typed)
        : Optional.empty();
  }
}
