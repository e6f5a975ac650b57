package org.jobline.subscriber;

import java.util.List;

/** A job-seeker: E.164 phone, region code ('*' = all regions), up to 3 trade codes, language, status. */
public record Subscriber(long id, String phone, String region, List<String> trades, String language,
                         String status, String channel, long createdAt, long updatedAt) {
  public static final String ALL_REGIONS = "*";
  public static final int MAX_TRADES = 3;

  public boolean active() {
    return "active".equals(status);
  }

  /** Registered means a region and at least one trade are known. */
  public boolean registered() {
    return region != null && !trades.isEmpty();
  }
}
