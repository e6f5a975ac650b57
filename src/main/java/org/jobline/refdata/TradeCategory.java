package org.jobline.refdata;

import java.util.List;

/** A group of trades, so that a USSD screen can list trades in two short steps. */
public record TradeCategory(String code, String nameFr, String nameEn) implements Named {
  @Override
  public List<String> synonyms() {
    return List.of();
  }
}
