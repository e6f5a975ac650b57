package org.jobline.sms;

import java.util.List;
import java.util.stream.Collectors;
import org.jobline.i18n.Messages;
import org.jobline.refdata.Named;

/** The SMS channel's message bundle ({@code messages/sms_*.properties}) and list formatting. */
final class SmsTexts {
  static final Messages BUNDLE = new Messages("sms");

  private SmsTexts() {}

  static String get(String language, String key, Object... args) {
    return BUNDLE.get(language, key, args);
  }

  static String names(List<? extends Named> entries, String language) {
    return entries.stream().map(e -> e.name(language)).collect(Collectors.joining(", "));
  }
}
