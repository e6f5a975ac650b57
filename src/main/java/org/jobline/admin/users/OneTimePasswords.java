package org.jobline.admin.users;

import java.security.SecureRandom;

/** One-time passwords an admin reads out or writes down: 12 characters with no look-alikes (0/O, 1/l/I). */
final class OneTimePasswords {
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePasswords() {}

  static String next() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i == 4 || i == 8) {
        b.append('-');
      }
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
