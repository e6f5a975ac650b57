package org.jobline.aggregator.smpp;

import java.util.Set;

/**
 * How a delivery receipt's id matches the {@code submit_sm_resp} message id. Some SMSCs answer
 * the submit in hex and write the receipt's {@code id:} in decimal (or the reverse): the id kept
 * as provider id is the submit's, normalised, and the receipt's text id is turned into that form.
 * The {@code receipted_message_id} TLV is by the spec the submit's id, so it is only normalised.
 */
public enum ReceiptIds {
  /** Both ids are written the same way (the SMPP 3.4 rule). */
  SAME("same"),
  /** submit_sm_resp in hex, the receipt's id: in decimal. */
  SUBMIT_HEX_RECEIPT_DECIMAL("submitHexReceiptDecimal"),
  /** submit_sm_resp in decimal, the receipt's id: in hex. */
  SUBMIT_DECIMAL_RECEIPT_HEX("submitDecimalReceiptHex");

  static final Set<String> NAMES = Set.of("same", "submitHexReceiptDecimal", "submitDecimalReceiptHex");
  private final String configName;

  ReceiptIds(String configName) {
    this.configName = configName;
  }

  static ReceiptIds of(String configName) {
    for (ReceiptIds r : values()) {
      if (r.configName.equals(configName)) {
        return r;
      }
    }
    throw new IllegalArgumentException(configName);
  }

  /** The provider id kept for a submit_sm_resp id (hex lower case or decimal, no leading zeros). */
  public String fromSubmit(String id) {
    try {
      return switch (this) {
        case SAME -> id;
        case SUBMIT_HEX_RECEIPT_DECIMAL -> Long.toHexString(Long.parseUnsignedLong(id, 16));
        case SUBMIT_DECIMAL_RECEIPT_HEX -> Long.toUnsignedString(Long.parseUnsignedLong(id));
      };
    } catch (NumberFormatException e) {
      return id;
    }
  }

  /** The provider id a receipt's text {@code id:} stands for. */
  public String fromReceipt(String id) {
    try {
      return switch (this) {
        case SAME -> id;
        case SUBMIT_HEX_RECEIPT_DECIMAL -> Long.toHexString(Long.parseUnsignedLong(id));
        case SUBMIT_DECIMAL_RECEIPT_HEX -> Long.toUnsignedString(Long.parseUnsignedLong(id, 16));
      };
    } catch (NumberFormatException e) {
      return id;
    }
  }
}
