package org.jobline.aggregator.smpp;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.aggregator.Inbound.DeliveryReport;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;

/**
 * Delivery receipts: a deliver_sm whose {@code esm_class} says receipt (0x04, or 0x20 intermediate)
 * or that carries {@code receipted_message_id}. Reads {@code id:... stat:... err:...} from the
 * text (or the {@code receipted_message_id} and {@code message_state} TLVs) and maps the stat onto
 * our statuses with one table.
 */
final class Receipts {
  static final Map<String, DeliveryStatus> STATS = Map.of(
      "DELIVRD", DeliveryStatus.DELIVERED,
      "ACCEPTD", DeliveryStatus.SENT,
      "ENROUTE", DeliveryStatus.SENT,
      "EXPIRED", DeliveryStatus.FAILED,
      "DELETED", DeliveryStatus.FAILED,
      "UNDELIV", DeliveryStatus.FAILED,
      "UNKNOWN", DeliveryStatus.FAILED,
      "REJECTD", DeliveryStatus.FAILED);
  /** message_state TLV values (SMPP 3.4 5.2.28) to the receipt's stat words. */
  private static final String[] STATES = {null, "ENROUTE", "DELIVRD", "EXPIRED", "DELETED", "UNDELIV", "ACCEPTD",
      "UNKNOWN", "REJECTD"};
  private static final Pattern ID = Pattern.compile("(?i)(?:^|\\s)id:\\s*(\\S+)");
  private static final Pattern STAT = Pattern.compile("(?i)\\bstat:\\s*([A-Z]+)");
  private static final Pattern ERR = Pattern.compile("(?i)\\berr:\\s*(\\w+)");

  private final String route;
  private final ReceiptIds ids;

  Receipts(String route, ReceiptIds ids) {
    this.route = route;
    this.ids = ids;
  }

  static boolean isReceipt(DeliverSm d) {
    return (d.getEsmClass() & 0x24) != 0
        || d.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID) != null;
  }

  /** The report {@code d} carries, or null when it names no id or no known stat. */
  DeliveryReport parse(DeliverSm d, long atMs) {
    byte[] sm = d.getShortMessage();
    String text = sm == null ? "" : new String(sm, StandardCharsets.ISO_8859_1);
    String id = null;
    OptionalParameter tlvId = d.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
    if (tlvId instanceof OptionalParameter.OctetString os && !os.getValueAsString().isBlank()) {
      id = ids.fromSubmit(os.getValueAsString().strip());
    } else {
      String textId = group(ID, text);
      id = textId == null ? null : ids.fromReceipt(textId);
    }
    String stat = group(STAT, text);
    if (stat == null && d.getOptionalParameter(OptionalParameter.Tag.MESSAGE_STATE) instanceof OptionalParameter.Byte b
        && b.getValue() > 0 && b.getValue() < STATES.length) {
      stat = STATES[b.getValue()];
    }
    stat = stat == null ? null : stat.toUpperCase(Locale.ROOT);
    DeliveryStatus status = stat == null ? null : STATS.get(stat);
    if (id == null || status == null) {
      return null;
    }
    String err = group(ERR, text);
    String reason = status == DeliveryStatus.FAILED ? stat + (err == null ? "" : " err:" + err) : null;
    return new DeliveryReport(route, id, status, stat, reason, false, atMs);
  }

  private static String group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
