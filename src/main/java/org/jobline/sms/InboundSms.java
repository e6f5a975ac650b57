package org.jobline.sms;

import io.vertx.core.MultiMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jobline.http.BadRequestException;
import org.jobline.phone.InvalidPhoneNumberException;
import org.jobline.phone.PhoneNumbers;

/**
 * One incoming SMS as Africa's Talking posts it, decoded and validated in one place. {@code phone}
 * is E.164. A callback without {@code id} gets a stable id derived from from + date + text, so its
 * retries are still recognised (two identical texts with neither id nor date count as one).
 */
public record InboundSms(String providerId, String phone, String text, String to, String date) {
  static final String DERIVED_PREFIX = "derived-";
  private static final int MAX_ID = 200;

  static InboundSms decode(MultiMap form, PhoneNumbers phones) {
    String from = form.get("from");
    if (from == null || from.isBlank()) {
      throw new BadRequestException("from", "from is missing");
    }
    String text = form.get("text");
    if (text == null) {
      throw new BadRequestException("text", "text is missing");
    }
    String phone;
    try {
      phone = phones.normalise(from);
    } catch (InvalidPhoneNumberException e) {
      throw new BadRequestException("from", e.getMessage());
    }
    String date = form.get("date");
    String id = form.get("id");
    if (id != null && id.length() > MAX_ID) {
      throw new BadRequestException("id", "id is longer than " + MAX_ID + " characters");
    }
    if (id == null || id.isBlank()) {
      id = derivedId(phone, date, text);
    }
    return new InboundSms(id.strip(), phone, text, form.get("to"), date);
  }

  static String derivedId(String phone, String date, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((phone + "\n" + (date == null ? "" : date.strip()) + "\n" + text)
          .getBytes(StandardCharsets.UTF_8));
      return DERIVED_PREFIX + HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }
}
