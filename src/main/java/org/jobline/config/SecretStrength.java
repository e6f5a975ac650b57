package org.jobline.config;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Production checks of secrets and of the URLs they travel to, shared by the configuration validator
 * and the route adapters: a secret must be long and not guessable from its shape (length alone let
 * {@code aaaaaaaaaaaaaaaa} through), and an aggregator URL that carries an API key must be HTTPS
 * (plain HTTP only to this machine). Each refusal is a {@link ConfigException} naming the key.
 */
public final class SecretStrength {
  public static final int MIN_LENGTH = 16;
  /** Estimated bits (length x Shannon entropy per character): 16 random hex digits give about 54. */
  static final double MIN_BITS = 48;
  static final int MIN_DISTINCT = 6;
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private SecretStrength() {}

  /** Refuses a missing, short, dev, repetitive or sequential secret. */
  public static void require(String key, String secret) {
    String problem = problem(secret);
    if (problem != null) {
      throw new ConfigException(key, "production needs a secret " + problem + " (e.g. openssl rand -hex 24)");
    }
  }

  /** Why {@code secret} is too weak, or null when it will do. */
  static String problem(String secret) {
    if (secret == null || secret.length() < MIN_LENGTH) {
      return "of at least " + MIN_LENGTH + " characters";
    }
    if (secret.startsWith("dev-")) {
      return "that is not the dev one";
    }
    if (secret.chars().distinct().count() < MIN_DISTINCT) {
      return "with at least " + MIN_DISTINCT + " different characters";
    }
    if (sequential(secret)) {
      return "that is not a run such as abcdef... or 123456...";
    }
    if (bits(secret) < MIN_BITS) {
      return "less repetitive (hard to guess)";
    }
    return null;
  }

  /** Refuses a plain http:// URL, unless it points at this machine (nothing then travels on a network). */
  public static void requireHttps(String key, String url) {
    if (url == null || url.regionMatches(true, 0, "https://", 0, 8)) {
      return;
    }
    String host;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      host = null;
    }
    if (host == null || !LOOPBACK.contains(host.toLowerCase(java.util.Locale.ROOT))) {
      throw new ConfigException(key, "production needs an https:// URL: the API key would travel in clear (got '"
          + url + "')");
    }
  }

  static double bits(String s) {
    Map<Integer, Integer> counts = new HashMap<>();
    s.chars().forEach(c -> counts.merge(c, 1, Integer::sum));
    double perChar = 0;
    for (int n : counts.values()) {
      double p = (double) n / s.length();
      perChar -= p * Math.log(p) / Math.log(2);
    }
    return perChar * s.length();
  }

  /** Most steps between neighbours the same (+1, -1 or 0): abcdefgh..., 98765432..., qqqq... */
  private static boolean sequential(String s) {
    int same = 0;
    for (int i = 2; i < s.length(); i++) {
      int step = s.charAt(i) - s.charAt(i - 1);
      if (Math.abs(step) <= 1 && step == s.charAt(i - 1) - s.charAt(i - 2)) {
        same++;
      }
    }
    return same * 2 > s.length();
  }
}
