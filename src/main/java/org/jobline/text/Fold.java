package org.jobline.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for matching: lower case, no accents, single spaces (so "Lomé" matches "LOME"). */
public final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private Fold() {}

  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s.replace("œ", "oe").replace("Œ", "OE").replace('’', '\''), Normalizer.Form.NFD);
    n = MARKS.matcher(n).replaceAll("");
    return SPACES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
