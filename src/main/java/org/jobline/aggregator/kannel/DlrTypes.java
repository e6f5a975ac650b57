package org.jobline.aggregator.kannel;

import java.util.Map;
import org.jobline.aggregator.DeliveryStatus;

/** Kannel's delivery-report types ({@code %d}, one bit of dlr-mask each) onto our statuses: one table. */
final class DlrTypes {
  /** One report type: our status and the word kept on the delivery event. */
  record Type(DeliveryStatus status, String word) {}

  static final Map<Integer, Type> TABLE = Map.of(
      1, new Type(DeliveryStatus.DELIVERED, "delivered"),
      2, new Type(DeliveryStatus.FAILED, "undelivered"),
      4, new Type(DeliveryStatus.SENT, "buffered"),
      8, new Type(DeliveryStatus.SENT, "smsc-accepted"),
      16, new Type(DeliveryStatus.FAILED, "smsc-rejected"));

  private DlrTypes() {}
}
