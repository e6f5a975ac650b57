package org.jobline.ussd;

import java.util.ArrayList;
import java.util.List;

/**
 * One position in the menu: the screen, its page, and what the caller picked on the way
 * (region, category, trades, vacancy ref, partner code). Immutable, so a replayed dialogue can share them.
 */
record Node(Screen screen, Screen.Mode mode, int page, String region, String category, List<String> trades,
            String ref, String code) {
  static final Node MAIN = new Node(Screen.MAIN, Screen.Mode.REGISTER, 0, null, null, List.of(), null, null);

  static Node of(Screen screen, Screen.Mode mode) {
    return new Node(screen, mode, 0, null, null, List.of(), null, null);
  }

  /** The partner code: on CONFIRM the one accepted, on PARTNER the input just refused (null at first). */
  Node withCode(String partnerCode) {
    return new Node(screen, mode, page, region, category, trades, ref, partnerCode);
  }

  Node to(Screen next) {
    return new Node(next, mode, 0, region, category, trades, ref, code);
  }

  Node nextPage() {
    return new Node(screen, mode, page + 1, region, category, trades, ref, code);
  }

  Node withRegion(String regionCode) {
    return new Node(screen, mode, page, regionCode, category, trades, ref, code);
  }

  Node withCategory(String categoryCode) {
    return new Node(screen, mode, page, region, categoryCode, trades, ref, code);
  }

  Node withTrades(List<String> tradeCodes) {
    return new Node(screen, mode, page, region, category, List.copyOf(tradeCodes), ref, code);
  }

  Node addTrade(String code) {
    List<String> more = new ArrayList<>(trades);
    more.add(code);
    return withTrades(more);
  }

  Node withRef(String vacancyRef) {
    return new Node(screen, mode, page, region, category, trades, vacancyRef, code);
  }
}
