package org.jobline.ussd;

import io.vertx.core.MultiMap;
import org.jobline.http.BadRequestException;
import org.jobline.phone.PhoneNumbers;

/** One Africa's Talking USSD callback, decoded and validated (phone in E.164). */
record UssdRequest(String sessionId, String phone, String text) {
  static final int MAX_SESSION_ID = 128;

  static UssdRequest from(MultiMap form, PhoneNumbers phones) {
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
    return new UssdRequest(sessionId, phones.normalise(raw), text == null ? "" : text);
  }
}
