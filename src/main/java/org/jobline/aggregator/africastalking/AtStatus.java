package org.jobline.aggregator.africastalking;

import java.util.Map;
import java.util.Set;
import org.jobline.aggregator.DeliveryStatus;

/** Africa's Talking vocabularies mapped onto ours: plain tables, one place (see shared/protocols.md). */
public final class AtStatus {
  private AtStatus() {}

  /** What a per-recipient statusCode of the messaging API means for us. */
  public enum Kind { ACCEPTED, TRANSIENT, PERMANENT, OPT_OUT }

  /** Recipient statusCode -> kind; a code missing here is treated as transient. */
  public static final Map<Integer, Kind> SEND_CODES = Map.ofEntries(
      Map.entry(100, Kind.ACCEPTED),   // Processed
      Map.entry(101, Kind.ACCEPTED),   // Sent
      Map.entry(102, Kind.ACCEPTED),   // Queued
      Map.entry(401, Kind.PERMANENT),  // RiskHold
      Map.entry(402, Kind.PERMANENT),  // InvalidSenderId
      Map.entry(403, Kind.PERMANENT),  // InvalidPhoneNumber
      Map.entry(404, Kind.PERMANENT),  // UnsupportedNumberType
      Map.entry(405, Kind.TRANSIENT),  // InsufficientBalance
      Map.entry(406, Kind.OPT_OUT),    // UserInBlacklist
      Map.entry(407, Kind.PERMANENT),  // CouldNotRoute
      Map.entry(409, Kind.PERMANENT),  // DoNotDisturbRejection (unsure)
      Map.entry(500, Kind.TRANSIENT),  // InternalServerError
      Map.entry(501, Kind.TRANSIENT),  // GatewayError
      Map.entry(502, Kind.TRANSIENT)); // RejectedByGateway

  /** Delivery-report status -> our status. */
  public static final Map<String, DeliveryStatus> DLR = Map.of(
      "Sent", DeliveryStatus.SENT,
      "Submitted", DeliveryStatus.SENT,
      "Buffered", DeliveryStatus.SENT,
      "Success", DeliveryStatus.DELIVERED,
      "Rejected", DeliveryStatus.FAILED,
      "Failed", DeliveryStatus.FAILED);

  /** failureReason values that mean the person opted out: the subscriber is stopped. */
  public static final Set<String> OPT_OUT_REASONS = Set.of("UserInBlackList", "UserInBlacklist", "UserOptedOut");
}
