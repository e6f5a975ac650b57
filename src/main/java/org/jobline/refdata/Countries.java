package org.jobline.refdata;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jobline.text.Fold;

/**
 * Countries of work for vacancies abroad: ISO 3166 alpha-2 codes with their short French and English
 * names (the JDK's CLDR names). A code, or a name in either language (any accents or case), resolves to the code.
 */
public final class Countries {
  private static final Set<String> CODES = Set.of(Locale.getISOCountries());
  private static final Map<String, String> BY_NAME = names();
  private static final Map<String, String> SHORTER = Map.of(
      "AE", "Emirats", "GB", "Royaume-Uni", "US", "Etats-Unis", "CD", "RD Congo", "CF", "Centrafrique");

  private Countries() {}

  /** True for an ISO 3166 alpha-2 code (upper case). */
  public static boolean known(String code) {
    return code != null && CODES.contains(code);
  }

  /** The code for a code or a French/English name; empty when unknown. */
  public static Optional<String> resolve(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String code = raw.strip().toUpperCase(Locale.ROOT);
    if (CODES.contains(code)) {
      return Optional.of(code);
    }
    return Optional.ofNullable(BY_NAME.get(Fold.fold(raw)));
  }

  /** The country's short name in {@code language} ("fr" or "en"); the code itself when unknown. */
  public static String name(String code, String language) {
    if (!known(code)) {
      return String.valueOf(code);
    }
    if ("fr".equals(language) && SHORTER.containsKey(code)) {
      return SHORTER.get(code);
    }
    Locale in = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    String name = new Locale("", code).getDisplayCountry(in);
    return "en".equals(language) && code.equals("AE") ? "UAE" : "en".equals(language) && code.equals("US") ? "USA" : name;
  }

  private static Map<String, String> names() {
    Map<String, String> out = new TreeMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale l = new Locale("", code);
      out.putIfAbsent(Fold.fold(l.getDisplayCountry(Locale.FRENCH)), code);
      out.putIfAbsent(Fold.fold(l.getDisplayCountry(Locale.ENGLISH)), code);
    }
    return Map.copyOf(out);
  }
}
