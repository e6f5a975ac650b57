package org.jobline.aggregator.smpp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;

/**
 * Incoming SMS text from deliver_sm: decoded by {@code data_coding} (0 GSM-7 unpacked, 1 ASCII,
 * 3 Latin-1, 8 UCS-2; other values read as Latin-1), from the short message or {@code message_payload},
 * and concatenated parts (UDH with an 8- or 16-bit reference, or SAR TLVs) put back together.
 * Parts wait at most 10 minutes for their siblings.
 */
final class MoAssembler {
  /** One decoded piece: {@code total} 1 for a whole message. */
  record Piece(String text, int ref, int total, int seq) {}

  private final Cache<String, String[]> pending = Caffeine.newBuilder().executor(Runnable::run)
      .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(10_000).build();

  /** The whole text once every part of it is here, else null. */
  String accept(DeliverSm d) {
    Piece p = piece(d);
    if (p.total <= 1) {
      return p.text;
    }
    String key = d.getSourceAddr() + '|' + d.getDestAddress() + '|' + p.ref + '|' + p.total;
    String[] done = new String[1];
    pending.asMap().compute(key, (k, parts) -> {
      String[] ps = parts == null ? new String[p.total] : parts;
      ps[p.seq - 1] = p.text;
      for (String s : ps) {
        if (s == null) {
          return ps;
        }
      }
      done[0] = String.join("", ps);
      return null;
    });
    return done[0];
  }

  static Piece piece(DeliverSm d) {
    byte[] sm = d.getShortMessage() == null ? new byte[0] : d.getShortMessage();
    if (sm.length == 0 && d.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD)
        instanceof OptionalParameter.OctetString payload) {
      sm = payload.getValue();
    }
    int from = 0;
    int ref = 0;
    int total = 1;
    int seq = 1;
    if ((d.getEsmClass() & 0x40) != 0 && sm.length > 0) {
      int udhl = sm[0] & 0xFF;
      from = Math.min(sm.length, 1 + udhl);
      for (int i = 1; i + 1 < from; ) {
        int iei = sm[i] & 0xFF;
        int len = sm[i + 1] & 0xFF;
        if (iei == 0x00 && len == 3 && i + 4 < from) {
          ref = sm[i + 2] & 0xFF;
          total = sm[i + 3] & 0xFF;
          seq = sm[i + 4] & 0xFF;
        } else if (iei == 0x08 && len == 4 && i + 5 < from) {
          ref = ((sm[i + 2] & 0xFF) << 8) | (sm[i + 3] & 0xFF);
          total = sm[i + 4] & 0xFF;
          seq = sm[i + 5] & 0xFF;
        }
        i += 2 + len;
      }
    } else if (d.getOptionalParameter(OptionalParameter.Tag.SAR_TOTAL_SEGMENTS) instanceof OptionalParameter.Byte t
        && d.getOptionalParameter(OptionalParameter.Tag.SAR_SEGMENT_SEQNUM) instanceof OptionalParameter.Byte s
        && d.getOptionalParameter(OptionalParameter.Tag.SAR_MSG_REF_NUM) instanceof OptionalParameter.Short r) {
      ref = r.getValue() & 0xFFFF;
      total = t.getValue() & 0xFF;
      seq = s.getValue() & 0xFF;
    }
    if (total < 1 || seq < 1 || seq > total) {
      total = 1;
      seq = 1;
    }
    return new Piece(decode(d.getDataCoding(), sm, from), ref, total, seq);
  }

  static String decode(byte dataCoding, byte[] sm, int from) {
    return switch (alphabet(dataCoding & 0xFF)) {
      case GSM -> GsmCharset.decode(sm, from, sm.length);
      case ASCII -> new String(sm, from, sm.length - from, StandardCharsets.US_ASCII);
      case UCS2 -> new String(sm, from, (sm.length - from) & ~1, StandardCharsets.UTF_16BE);
      case LATIN1 -> new String(sm, from, sm.length - from, StandardCharsets.ISO_8859_1);
    };
  }

  private enum Alphabet { GSM, ASCII, LATIN1, UCS2 }

  /** SMPP's own values below 0x10, GSM 03.38 coding groups above (general, message waiting, class). */
  private static Alphabet alphabet(int dc) {
    if (dc < 0x10) {
      return dc == 0 ? Alphabet.GSM : dc == 1 ? Alphabet.ASCII : dc == 8 ? Alphabet.UCS2 : Alphabet.LATIN1;
    }
    if (dc < 0x40) {
      int a = (dc >> 2) & 3;
      return a == 0 ? Alphabet.GSM : a == 2 ? Alphabet.UCS2 : Alphabet.LATIN1;
    }
    if (dc >= 0xF0) {
      return (dc & 0x04) == 0 ? Alphabet.GSM : Alphabet.LATIN1;
    }
    return dc >= 0xE0 ? Alphabet.UCS2 : dc >= 0xC0 ? Alphabet.GSM : Alphabet.LATIN1;
  }
}
