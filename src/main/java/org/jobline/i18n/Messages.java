package org.jobline.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts from message bundles ({@code messages/<bundle>_<lang>.properties}, UTF-8), French first:
 * a key missing in English falls back to French. Texts live in bundles, never in code.
 */
public final class Messages {
  public static final String FRENCH = "fr";
  private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();
  private final String bundle;

  public Messages(String bundle) {
    this.bundle = bundle;
  }

  /** The text for {@code key} in {@code language}, with {0}, {1}... filled from {@code args}. */
  public String get(String language, String key, Object... args) {
    String pattern = load(language).getProperty(key);
    if (pattern == null) {
      pattern = load(FRENCH).getProperty(key);
    }
    if (pattern == null) {
      throw new IllegalArgumentException("no text '" + key + "' in bundle " + bundle);
    }
    return fill(pattern, args);
  }

  /**
   * Replaces {0}, {1}... with the arguments in one pass: an argument's own text is never read as a
   * pattern (a vacancy titled "{0}{1}" stays as it is). Apostrophes need no escaping (unlike
   * MessageFormat). The one placeholder filler of every bundle.
   */
  public static String fill(String pattern, Object... args) {
    if (args.length == 0 || pattern.indexOf('{') < 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      int index = close > i + 1 && close - i <= 3 ? index(pattern, i + 1, close) : -1;
      if (index >= 0 && index < args.length) {
        out.append(args[index]);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int index(String pattern, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char d = pattern.charAt(i);
      if (d < '0' || d > '9') {
        return -1;
      }
      n = n * 10 + (d - '0');
    }
    return n;
  }

  public boolean has(String language, String key) {
    return load(language).getProperty(key) != null;
  }

  private Properties load(String language) {
    String lang = "en".equals(language) ? "en" : FRENCH;
    return CACHE.computeIfAbsent(bundle + "_" + lang, name -> {
      Properties p = new Properties();
      try (InputStream in = Messages.class.getResourceAsStream("/messages/" + name + ".properties")) {
        if (in != null) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read bundle " + name, e);
      }
      return p;
    });
  }
}
