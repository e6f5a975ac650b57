package org.jobline.ussd;

import org.jobline.gsm.Gsm7;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jobline.i18n.Messages;

/**
 * The USSD message bundle, already made GSM-7 (screens must not carry any other character).
 * Patterns are cached per language: every screen reads several of them.
 */
final class UssdTexts {
  private final Messages messages = new Messages("ussd");
  private final Map<String, Map<String, String>> patterns = new ConcurrentHashMap<>();

  String get(String language, String key, Object... args) {
    String lang = "en".equals(language) ? "en" : Messages.FRENCH;
    String out = patterns.computeIfAbsent(lang, l -> new ConcurrentHashMap<>())
        .computeIfAbsent(key, k -> Gsm7.strict(messages.get(lang, k)));
    Object[] gsm = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      gsm[i] = Gsm7.strict(String.valueOf(args[i]));
    }
    return Messages.fill(out, gsm);
  }
}
