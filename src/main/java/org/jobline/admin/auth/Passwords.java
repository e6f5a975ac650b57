package org.jobline.admin.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with the JDK's PBKDF2WithHmacSHA256: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}
 * (Base64), so the iteration count can be raised later and old hashes still verify. Slow on purpose:
 * call it off the event loop.
 */
public final class Passwords {
  /** OWASP 2023 for PBKDF2-HMAC-SHA256; the default of {@code admin.passwordIterations}. */
  public static final int ITERATIONS = 600_000;
  public static final int MIN_LENGTH = 10;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  public static String hash(String password) {
    return hash(password, ITERATIONS);
  }

  /** Hashes with {@code iterations} rounds ({@code admin.passwordIterations}; tests use fewer). */
  public static String hash(String password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return encode(iterations, salt, derive(password, salt, iterations));
  }

  /** A well-formed hash no password matches, costing {@code iterations} to check (for unknown users). */
  static String unmatchable(int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    byte[] hash = new byte[HASH_BITS / 8];
    RANDOM.nextBytes(salt);
    RANDOM.nextBytes(hash);
    return encode(iterations, salt, hash);
  }

  /** True when {@code password} matches the encoded hash; false for a malformed hash. */
  public static boolean verify(String password, String encoded) {
    String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** True when the hash was made with fewer iterations than today's: rehash on the next login. */
  public static boolean needsUpgrade(String encoded) {
    return needsUpgrade(encoded, ITERATIONS);
  }

  /** True when the hash was made with fewer than {@code iterations} rounds (or is not ours). */
  public static boolean needsUpgrade(String encoded, int iterations) {
    String[] parts = encoded.split("\\$");
    return parts.length != 4 || !parts[0].equals(PREFIX) || !parts[1].matches("\\d{1,9}")
        || Integer.parseInt(parts[1]) < iterations;
  }

  static String encode(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
