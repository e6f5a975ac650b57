package org.jobline.aggregator.africastalking;

import io.vertx.core.MultiMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jobline.aggregator.Inbound;
import org.jobline.http.BadRequestException;
import org.jobline.phone.InvalidPhoneNumberException;
import org.jobline.phone.PhoneNumbers;

/**
 * Africa's Talking's callback forms decoded and validated in one place (phones in E.164). An SMS
 * without {@code id} gets a stable id derived from from + date + text, so its retries are still
 * recognised (two identical texts with neither id nor date count as one).
 */
final class AtForms {
  static final String DERIVED_PREFIX = "derived-";
  static final int MAX_ID = 200;
  static final int MAX_SESSION_ID = 128;

  private AtForms() {}

  static Inbound.UssdTurn ussd(String route, MultiMap form, PhoneNumbers phones, String serviceCode) {
    String sessionId = form.get("sessionId");
    if (sessionId == null || sessionId.isBlank()) {
      throw new BadRequestException("sessionId", "sessionId is required");
    }
    if (sessionId.length() > MAX_SESSION_ID) {
      throw new BadRequestException("sessionId", "sessionId is too long");
    }
    String raw = form.get("phoneNumber");
    if (raw == null || raw.isBlank()) {
      throw new BadRequestException("phoneNumber", "phoneNumber is required");
    }
    String text = form.get("text");
    String code = form.get("serviceCode");
    return new Inbound.UssdTurn(route, sessionId, phone(phones, raw, "phoneNumber"), text == null ? "" : text,
        code == null || code.isBlank() ? serviceCode : code);
  }

  static Inbound.IncomingSms sms(String route, MultiMap form, PhoneNumbers phones, long now) {
    String from = form.get("from");
    if (from == null || from.isBlank()) {
      throw new BadRequestException("from", "from is missing");
    }
    String text = form.get("text");
    if (text == null) {
      throw new BadRequestException("text", "text is missing");
    }
    String phone = phone(phones, from, "from");
    String date = form.get("date");
    String id = form.get("id");
    if (id != null && id.length() > MAX_ID) {
      throw new BadRequestException("id", "id is longer than " + MAX_ID + " characters");
    }
    if (id == null || id.isBlank()) {
      id = derivedId(phone, date, text);
    }
    return new Inbound.IncomingSms(route, id.strip(), phone, text, form.get("to"), now);
  }

  private static String phone(PhoneNumbers phones, String raw, String field) {
    try {
      return phones.normalise(raw);
    } catch (InvalidPhoneNumberException e) {
      throw new BadRequestException(field, e.getMessage());
    }
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
