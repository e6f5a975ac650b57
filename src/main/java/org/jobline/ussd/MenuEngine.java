package org.jobline.ussd;

import java.util.Arrays;
import java.util.List;

/**
 * The menu as a state machine over the inputs of {@code text}: the position, and so the screen,
 * is a pure function of the inputs and the {@link MenuContext}. Nothing here writes anything.
 */
final class MenuEngine {
  private MenuEngine() {}

  static Position start() {
    return Position.at(new Position.Frame(Node.MAIN, null));
  }

  /** AT's accumulated text split on '*', empty inputs kept ("1**2" is three inputs). */
  static List<String> inputs(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\\*", -1));
  }

  static Position replay(List<String> inputs, MenuContext ctx) {
    Position pos = start();
    for (String input : inputs) {
      pos = step(pos, input, ctx);
    }
    return pos;
  }

  /** The position after one more input. */
  static Position step(Position pos, String raw, MenuContext ctx) {
    if (pos.finished()) {
      return pos.overrun();
    }
    String input = raw.strip();
    if (input.equals("00")) {
      return start();
    }
    if (pos.node().screen() == Screen.PARTNER) {
      return PartnerCodeStep.step(pos, input, ctx);
    }
    if (input.equals("0")) {
      return Position.at(pos.frame().parent() == null ? pos.frame() : pos.frame().parent());
    }
    Node node = pos.node();
    Pager.Page page = Pager.page(Views.build(node, ctx), node.page(), ctx);
    if (input.equals("98") && page.more()) {
      return Position.at(new Position.Frame(node.nextPage(), pos.frame()));
    }
    int choice = choice(input);
    if (choice < 1 || choice > page.options().size()) {
      return pos.refused();
    }
    Option option = page.options().get(choice - 1);
    if (option.ends()) {
      return pos.ended(option);
    }
    return option.action() != null ? Position.saved(option.next(), option.action())
        : Position.at(new Position.Frame(option.next(), pos.frame()));
  }

  /** A one- or two-digit option number, or -1 for anything else. */
  static int choice(String input) {
    int n = input.length();
    if (n < 1 || n > 2) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = input.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The CON or END reply for a position; {@code endText} replaces the ending option's text when not null. */
  static String render(Position pos, MenuContext ctx, String endText) {
    if (pos.over()) {
      return Pager.end(ctx.t("session.over", ctx.serviceCode()));
    }
    if (pos.ending() != null) {
      return Pager.end(endText != null ? endText : pos.ending().endText());
    }
    return Pager.render(Views.build(pos.node(), ctx), pos.node().page(), pos.error(), ctx);
  }
}
