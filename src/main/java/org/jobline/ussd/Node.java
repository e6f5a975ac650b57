package org.jobline.ussd;

import java.util.ArrayList;
import java.util.List;

/**
 * One position in the menu: the screen, its page, and what the caller picked on the way
 * (region, category, trades, vacancy ref). Immutable, so a replayed dialogue can share them.
 */
record Node(Screen screen, Screen.Mode mode, int page, String region, String category, List<String> trades,
            String ref) {
  static final Node MAIN = new Node(Screen.MAIN, Screen.Mode.REGISTER, 0, null, null, List.of(), null);

  static Node of(Screen screen, Screen.Mode mode) {
    return new Node(screen, mode, 0, null, null, List.of(), null);
  }

  Node to(Screen next) {
    return new Node(next, mode, 0, region, category, trades, ref);
  }

  Node nextPage() {
    return new Node(screen, mode, page + 1, region, category, trades, ref);
  }

  Node withRegion(String code) {
    return new Node(screen, mode, page, code, category, trades, ref);
  }

  Node withCategory(String code) {
    return new Node(screen, mode, page, region, code, trades, ref);
  }

  Node withTrades(List<String> codes) {
    return new Node(screen, mode, page, region, category, List.copyOf(codes), ref);
  }

  Node addTrade(String code) {
    List<String> more = new ArrayList<>(trades);
    more.add(code);
    return withTrades(more);
  }

  Node withRef(String vacancyRef) {
    return new Node(screen, mode, page, region, category, trades, vacancyRef);
  }
}
