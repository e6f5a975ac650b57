package org.jobline.migration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jobline.config.BuiltIn;
import org.jobline.config.ConfigException;
import org.jobline.gsm.Gsm7;
import org.jobline.i18n.Messages;

/**
 * The safe-migration screens the agency writes in {@code <prefix>_fr.properties} and {@code _en.properties}
 * (config/migration_*.properties): {@code menu} (the USSD menu's title), {@code topics} (topic keys in
 * order), and for each topic {@code <key>.label} (its menu line) and {@code <key>.text} (its screen). Read at
 * start; every screen is checked to fit a USSD END screen ({@link #MAX_TEXT} septets) and a single SMS.
 */
public final class MigrationTexts {
  /** 160 septets less "END " (the USSD prefix): the same text then also fits one SMS. */
  public static final int MAX_TEXT = 156;
  static final int MAX_LABEL = 30;
  static final int MAX_TOPICS = 8;
  static final List<String> LANGUAGES = List.of("fr", "en");
  private static final Messages SMS = new Messages("abroad");

  /** One topic: its menu label and its screen, both already GSM-7. */
  public record Topic(String key, String label, String text) {}

  private record Language(String menu, List<Topic> topics) {}

  private final Map<String, Language> languages;

  private MigrationTexts(Map<String, Language> languages) {
    this.languages = Map.copyOf(languages);
  }

  private static final Map<String, MigrationTexts> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The texts under {@code prefix}, read once per process (the channels share them). */
  public static MigrationTexts of(String prefix) {
    MigrationTexts found = LOADED.get(prefix);
    if (found == null) {
      found = load(prefix);
      LOADED.put(prefix, found);
    }
    return found;
  }

  /** Loads and checks both languages; a problem is a {@link ConfigException} naming the file and key. */
  public static MigrationTexts load(String prefix) {
    Map<String, Language> out = new LinkedHashMap<>();
    for (String lang : LANGUAGES) {
      out.put(lang, read(prefix + "_" + lang + ".properties", lang));
    }
    return new MigrationTexts(out);
  }

  /** The USSD menu title in {@code language} (French when the language is unknown). */
  public String menu(String language) {
    return lang(language).menu();
  }

  public List<Topic> topics(String language) {
    return lang(language).topics();
  }

  /** Topic number {@code n} (1-based), if there is one. */
  public Optional<Topic> topic(String language, int n) {
    List<Topic> t = topics(language);
    return n >= 1 && n <= t.size() ? Optional.of(t.get(n - 1)) : Optional.empty();
  }

  /** The SMS answer to MIGRATION alone: the numbered topics and how to read one. */
  public String intro(String language) {
    List<String> items = new ArrayList<>();
    List<Topic> t = topics(language);
    for (int i = 0; i < t.size(); i++) {
      items.add((i + 1) + " " + t.get(i).label());
    }
    return SMS.get(language, "migration.intro", menu(language), String.join(", ", items));
  }

  private Language lang(String language) {
    return languages.getOrDefault(language, languages.get("fr"));
  }

  private static Language read(String file, String lang) {
    String key = "referenceData.migration";
    BuiltIn.Source source = BuiltIn.locate(file);
    if (!source.exists()) {
      throw new ConfigException(key, "file not found: " + file);
    }
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(source.open(), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(key, file + " is not a readable properties file: " + e.getMessage());
    }
    String menu = screen(file, p, "menu", MAX_LABEL + 18);
    String rawTopics = p.getProperty("topics", "").strip();
    if (rawTopics.isEmpty()) {
      throw new ConfigException(key, file + ": 'topics' is missing (topic keys in order, e.g. topics=rights,documents)");
    }
    List<Topic> topics = new ArrayList<>();
    for (String t : rawTopics.split("\\s*,\\s*")) {
      if (!t.matches("[a-z0-9_]{1,20}")) {
        throw new ConfigException(key, file + ": topic key '" + t + "' must be 1-20 lower-case letters, digits or _");
      }
      topics.add(new Topic(t, screen(file, p, t + ".label", MAX_LABEL), screen(file, p, t + ".text", MAX_TEXT)));
    }
    if (topics.size() > MAX_TOPICS) {
      throw new ConfigException(key, file + ": " + topics.size() + " topics; at most " + MAX_TOPICS);
    }
    Language language = new Language(menu, topics);
    String intro = new MigrationTexts(Map.of("fr", language)).intro(lang);
    if (Gsm7.septets(Gsm7.strict(intro)) > Gsm7.SINGLE_GSM) {
      throw new ConfigException(key, file + ": the MIGRATION reply listing the topics is " + Gsm7.septets(intro)
          + " characters, more than " + Gsm7.SINGLE_GSM + ": shorten the topics' labels");
    }
    return language;
  }

  /** One text: present, one line, GSM-7 once transliterated, within {@code max} septets. */
  private static String screen(String file, Properties p, String name, int max) {
    String raw = p.getProperty(name);
    if (raw == null || raw.isBlank()) {
      throw new ConfigException("referenceData.migration", file + ": key '" + name + "' is missing or empty");
    }
    String text = Gsm7.transliterate(raw.strip().replaceAll("\\s+", " "));
    if (!Gsm7.fits(text)) {
      throw new ConfigException("referenceData.migration", file + ": key '" + name
          + "' has characters outside the SMS alphabet (GSM-7): " + outside(text));
    }
    int septets = Gsm7.septets(text);
    if (septets > max) {
      throw new ConfigException("referenceData.migration", file + ": key '" + name + "' is " + septets
          + " characters; at most " + max + " fit one screen");
    }
    return text;
  }

  private static String outside(String text) {
    StringBuilder b = new StringBuilder();
    text.chars().filter(c -> !Gsm7.isGsm((char) c)).distinct().limit(5).forEach(c -> b.append((char) c));
    return "'" + b + "'";
  }
}
