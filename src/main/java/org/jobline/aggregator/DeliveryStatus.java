package org.jobline.aggregator;

import java.util.Locale;

/** Our delivery statuses, onto which every route maps its own delivery-report vocabulary. */
public enum DeliveryStatus {
  SENT(false), DELIVERED(true), FAILED(true);

  private final boolean isFinal;

  DeliveryStatus(boolean isFinal) {
    this.isFinal = isFinal;
  }

  public boolean isFinal() {
    return isFinal;
  }

  /** The value stored in outbox.status and alerts.status. */
  public String dbName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status {@link #dbName()} wrote. */
  public static DeliveryStatus fromDbName(String dbName) {
    return valueOf(dbName.toUpperCase(Locale.ROOT));
  }
}
