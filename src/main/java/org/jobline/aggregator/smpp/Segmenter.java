package org.jobline.aggregator.smpp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobline.aggregator.smpp.SmppSettings.LongMessages;
import org.jobline.gsm.Gsm7;
import org.jsmpp.bean.OptionalParameter;

/**
 * Turns a text into the submit_sm contents that carry it: {@code data_coding} 0 when
 * {@link Gsm7} says the text fits GSM-7, else 8 (UCS-2); a long text split in 153-septet or
 * 67-character parts (never inside an escape pair or a surrogate pair) with a UDH
 * {@code 05 00 03 ref total part} or SAR TLVs, or sent whole in {@code message_payload}.
 */
final class Segmenter {
  static final byte DC_GSM = 0;
  static final byte DC_UCS2 = 8;
  static final byte ESM_UDHI = 0x40;
  private static final OptionalParameter[] NONE = new OptionalParameter[0];

  private final LongMessages mode;
  private final AtomicInteger reference = new AtomicInteger();

  Segmenter(LongMessages mode) {
    this.mode = mode;
  }

  List<SubmitPart> parts(String text) {
    Gsm7.Cost cost = Gsm7.cost(text);
    boolean gsm = cost.encoding() == Gsm7.Encoding.GSM7;
    byte dc = gsm ? DC_GSM : DC_UCS2;
    if (cost.segments() == 1) {
      return List.of(new SubmitPart((byte) 0, dc, encode(text, gsm), NONE, 1));
    }
    if (mode == LongMessages.PAYLOAD) {
      OptionalParameter payload = new OptionalParameter.OctetString(OptionalParameter.Tag.MESSAGE_PAYLOAD.code(),
          encode(text, gsm));
      return List.of(new SubmitPart((byte) 0, dc, new byte[0], new OptionalParameter[] {payload}, cost.segments()));
    }
    List<String> chunks = gsm ? gsmChunks(text) : ucs2Chunks(text);
    int ref = reference.incrementAndGet() & 0xFF;
    List<SubmitPart> parts = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      parts.add(part(chunks.get(i), gsm, dc, ref, chunks.size(), i + 1));
    }
    return parts;
  }

  private SubmitPart part(String chunk, boolean gsm, byte dc, int ref, int total, int seq) {
    byte[] body = encode(chunk, gsm);
    if (mode == LongMessages.SAR) {
      OptionalParameter[] sar = {
          new OptionalParameter.Sar_msg_ref_num((short) ref),
          new OptionalParameter.Sar_total_segments((byte) total),
          new OptionalParameter.Sar_segment_seqnum((byte) seq)};
      return new SubmitPart((byte) 0, dc, body, sar, 1);
    }
    byte[] sm = new byte[6 + body.length];
    sm[0] = 5;
    sm[1] = 0;
    sm[2] = 3;
    sm[3] = (byte) ref;
    sm[4] = (byte) total;
    sm[5] = (byte) seq;
    System.arraycopy(body, 0, sm, 6, body.length);
    return new SubmitPart(ESM_UDHI, dc, sm, NONE, 1);
  }

  static byte[] encode(String text, boolean gsm) {
    return gsm ? GsmCharset.encode(text) : text.getBytes(StandardCharsets.UTF_16BE);
  }

  private static List<String> gsmChunks(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int septets = 0;
    for (int i = 0; i < text.length(); i++) {
      int cost = GsmCharset.septets(text.charAt(i));
      if (septets + cost > Gsm7.MULTI_GSM) {
        out.add(text.substring(start, i));
        start = i;
        septets = 0;
      }
      septets += cost;
    }
    out.add(text.substring(start));
    return out;
  }

  private static List<String> ucs2Chunks(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + Gsm7.MULTI_UCS2);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      out.add(text.substring(start, end));
      start = end;
    }
    return out;
  }
}
