package org.jobline.trust;

import org.jobline.i18n.Messages;

/** The trust feature's texts (messages/trust_fr.properties, trust_en.properties): SMS replies and admin pages. */
public final class TrustTexts {
  private static final Messages TEXTS = new Messages("trust");

  private TrustTexts() {}

  public static String get(String language, String key, Object... args) {
    return TEXTS.get(language, key, args);
  }
}
