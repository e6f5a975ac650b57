package org.jobline.refdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Regions, trade categories and trades, loaded once from the deployer's CSV files. */
public final class ReferenceData {
  private final Map<String, Region> regions;
  private final Map<String, TradeCategory> categories;
  private final Map<String, Trade> trades;

  public ReferenceData(List<Region> regions, List<TradeCategory> categories, List<Trade> trades) {
    this.regions = byCode(regions);
    this.categories = byCode(categories);
    this.trades = byCode(trades);
  }

  private static <T extends Named> Map<String, T> byCode(List<T> items) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(i -> map.put(i.code(), i));
    return java.util.Collections.unmodifiableMap(map);
  }

  /** Regions in file order. */
  public List<Region> regions() {
    return List.copyOf(regions.values());
  }

  public List<TradeCategory> categories() {
    return List.copyOf(categories.values());
  }

  public List<Trade> trades() {
    return List.copyOf(trades.values());
  }

  public List<Trade> tradesIn(String categoryCode) {
    return trades.values().stream().filter(t -> t.category().equals(categoryCode)).toList();
  }

  public Optional<Region> region(String code) {
    return Optional.ofNullable(code == null ? null : regions.get(code));
  }

  public Optional<Trade> trade(String code) {
    return Optional.ofNullable(code == null ? null : trades.get(code));
  }

  public Optional<TradeCategory> category(String code) {
    return Optional.ofNullable(code == null ? null : categories.get(code));
  }
}
