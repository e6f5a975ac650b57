package org.jobline.aggregator.modem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Provider ids of a modem route. A sent message: {@code <route>-<mr>-<h>}, mr the reference
 * {@code +CMGS} gave its last part (the one that asks for a report) and h the first 8 hex digits of
 * SHA-256 of the recipient's digits; a {@code +CDS} report carries mr and recipient, so it names the
 * same id without a phone number in clear. mr wraps at 256, so an id is unique per recipient over
 * their last 256 messages through this route. A received text: {@code <route>-in-<h>} over sender,
 * centre time stamp and concatenation reference, stable when the SIM is read again after a restart.
 */
final class ProviderIds {
  private ProviderIds() {}

  static String sent(String route, int mr, String recipient) {
    return route + "-" + mr + "-" + hash(recipient.replaceAll("[^0-9]", "")).substring(0, 8);
  }

  static String received(String route, SmsDeliver first) {
    UserData.Concat c = first.userData().concat();
    String key = first.from() + "|" + first.timestamp() + "|" + (c == null ? "" : c.reference() + "/" + c.total());
    return route + "-in-" + hash(key).substring(0, 16);
  }

  private static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
