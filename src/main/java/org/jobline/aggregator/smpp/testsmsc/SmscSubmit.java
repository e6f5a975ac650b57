package org.jobline.aggregator.smpp.testsmsc;

import org.jsmpp.bean.OptionalParameter;

/**
 * One submit_sm the test SMSC accepted and recorded: the id it gave, addresses, {@code esm_class},
 * {@code data_coding}, the raw short message and TLVs, the decoded text of this part (UDH skipped),
 * and whether its submit_sm_resp reached the socket ({@code answered} stays false when the
 * connection dropped first: the route may then send it again).
 */
public record SmscSubmit(String messageId, String sessionId, String source, String dest, int esmClass, int dataCoding,
                         int registeredDelivery, byte[] shortMessage, OptionalParameter[] tlvs, String text,
                         long atMs, boolean answered) {
  SmscSubmit answered(boolean value) {
    return new SmscSubmit(messageId, sessionId, source, dest, esmClass, dataCoding, registeredDelivery, shortMessage,
        tlvs, text, atMs, value);
  }

  /** The UDH concatenation fields {@code [ref, total, seq]}, or null when the part has none. */
  public int[] udh() {
    if ((esmClass & 0x40) == 0 || shortMessage.length < 6 || shortMessage[1] != 0) {
      return null;
    }
    return new int[] {shortMessage[3] & 0xFF, shortMessage[4] & 0xFF, shortMessage[5] & 0xFF};
  }

  /** The TLV with {@code tag}, or null. */
  public OptionalParameter tlv(OptionalParameter.Tag tag) {
    for (OptionalParameter p : tlvs) {
      if (p.tag == tag.code()) {
        return p;
      }
    }
    return null;
  }
}
