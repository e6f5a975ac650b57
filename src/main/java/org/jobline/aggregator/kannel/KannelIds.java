package org.jobline.aggregator.kannel;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Kannel shows us no message id: the provider id is ours. One sendsms request carries one
 * {@code dlr-url} for all its recipients, so the id is the request's key (its first outbox id, in
 * the dlr-url) and a tag of the recipient's number (Kannel puts the number in each report as
 * {@code %p}): {@code "<key>.<tag>"}. The tag hashes the last 9 digits, so a '+' or a prefix
 * rewritten by Kannel does not change it and no phone number shows in logs.
 */
final class KannelIds {
  private static final int DIGITS = 9;

  private KannelIds() {}

  static String providerId(long key, String number) {
    return key + "." + tag(number);
  }

  /** Eight hex digits of the CRC-32 of the number's last 9 digits. */
  static String tag(String number) {
    StringBuilder digits = new StringBuilder(DIGITS);
    for (int i = number.length() - 1; i >= 0 && digits.length() < DIGITS; i--) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    CRC32 crc = new CRC32();
    crc.update(digits.reverse().toString().getBytes(StandardCharsets.US_ASCII));
    return String.format("%08x", crc.getValue());
  }
}
