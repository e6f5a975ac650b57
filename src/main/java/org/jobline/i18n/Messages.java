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

  /** Replaces {0}, {1}... with the arguments; apostrophes need no escaping (unlike MessageFormat). */
  static String fill(String pattern, Object... args) {
    String out = pattern;
    for (int i = 0; i < args.length; i++) {
      out = out.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return out;
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
