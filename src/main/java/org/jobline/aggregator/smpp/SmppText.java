package org.jobline.aggregator.smpp;

import java.util.List;
import org.jobline.aggregator.smpp.SmppSettings.LongMessages;

/** The route's text codings for the test SMSC and the benchmark: the same code the route uses, not a copy. */
public final class SmppText {
  private SmppText() {}

  /** Text of a short message from its {@code data_coding}, skipping {@code from} octets (a UDH). */
  public static String decode(byte dataCoding, byte[] shortMessage, int from) {
    return MoAssembler.decode(dataCoding, shortMessage, from);
  }

  /** The submit_sm (or deliver_sm) contents that carry {@code text}, long ones split with a UDH. */
  public static List<SubmitPart> parts(String text) {
    return new Segmenter(LongMessages.UDH).parts(text);
  }
}
