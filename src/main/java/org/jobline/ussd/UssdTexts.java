package org.jobline.ussd;

import org.jobline.gsm.Gsm7;
import org.jobline.i18n.Messages;

/** The USSD message bundle, already made GSM-7 (screens must not carry any other character). */
final class UssdTexts {
  private final Messages messages = new Messages("ussd");

  String get(String language, String key, Object... args) {
    return Gsm7.strict(messages.get(language, key, args));
  }
}
