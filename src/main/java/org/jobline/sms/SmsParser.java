package org.jobline.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobline.text.Fold;

/**
 * Reads an inbound text into a {@link Command}: a pure function, no data access. Keywords are
 * case and accent insensitive, tolerate one typo (words of 4+ letters), and STOP wins anywhere.
 */
public final class SmsParser {
  private static final Pattern REF = Pattern.compile("(?<![a-z0-9])([a-z]{1,4})[ \\-#:./]*(\\d{2,8})(?![0-9])");
  private static final Pattern ALNUM_WITH_DIGIT = Pattern.compile("[a-z0-9]*\\d[a-z0-9]*");

  private SmsParser() {}

  public static Command parse(String text) {
    List<String> words = words(text);
    // A scam report's own words are the person's account ("... then I said stop"): the report wins (issue 21).
    boolean report = !words.isEmpty() && keyword(words.get(0)) != null
        && keyword(words.get(0)).kind() == Command.Kind.REPORT;
    for (String w : words) {
      if (!report && Keywords.STOP_ANYWHERE.contains(w)) {
        return new Command(Command.Kind.STOP, List.of(), Keywords.FIRST_WORD.get(w).language());
      }
    }
    if (words.isEmpty()) {
      return Command.unknown();
    }
    Command answer = answer(words);
    if (answer != null) {
      return answer;
    }
    int first = words.get(0).length() == 1 && words.size() > 1 && keyword(words.get(1)) != null ? 1 : 0;
    Keywords.Meaning m = keyword(words.get(first));
    if (m == null) {
      return Command.unknown();
    }
    List<String> rest = words.subList(first + 1, words.size());
    return new Command(m.kind(), args(m.kind(), rest), m.language());
  }

  /**
   * "1" alone, or a vacancy ref then one digit ("K4821 1", "k-4821 2"): a numbered answer; null otherwise.
   * A keyword first ("INFO K4821 1") is a command, not an answer.
   */
  private static Command answer(List<String> words) {
    String last = words.get(words.size() - 1);
    if (last.length() != 1 || last.charAt(0) < '1' || last.charAt(0) > '9') {
      return null;
    }
    if (words.size() == 1) {
      return new Command(Command.Kind.ANSWER, List.of(last), null);
    }
    List<String> rest = words.subList(0, words.size() - 1);
    if (rest.size() > 2 || keyword(rest.get(0)) != null) {
      return null;
    }
    List<String> ref = ref(String.join(" ", rest));
    return ref.isEmpty() ? null : new Command(Command.Kind.ANSWER, List.of(last, ref.get(0)), null);
  }

  /** Folded words: letters and digits only; emoji, punctuation and extra spaces are separators. */
  static List<String> words(String text) {
    String folded = Fold.fold(text);
    StringBuilder b = new StringBuilder(folded.length());
    folded.codePoints().forEach(cp -> b.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : ' '));
    List<String> out = new ArrayList<>();
    for (String w : b.toString().split(" +")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The keyword this word is, exactly or with one typo; null when none or when typos disagree. */
  static Keywords.Meaning keyword(String word) {
    Keywords.Meaning exact = Keywords.FIRST_WORD.get(word);
    if (exact != null || word.length() < 4) {
      return exact;
    }
    Keywords.Meaning found = null;
    for (String k : Keywords.WORDS) {
      if (k.length() >= 4 && Distance.damerau(word, k) <= 1) {
        Keywords.Meaning m = Keywords.FIRST_WORD.get(k);
        if (found != null && found.kind() != m.kind()) {
          return null;
        }
        found = found == null || java.util.Objects.equals(found.language(), m.language())
            ? m : new Keywords.Meaning(m.kind(), null);
      }
    }
    return found;
  }

  private static List<String> args(Command.Kind kind, List<String> rest) {
    return switch (kind) {
      case REGISTER -> List.copyOf(rest);
      case INFO, APPLY, REPORT -> ref(String.join(" ", rest));
      case LANGUAGE -> rest.stream().map(Keywords.LANGUAGES::get).filter(java.util.Objects::nonNull)
          .limit(1).toList();
      case ABROAD -> rest.stream().map(Keywords.ON_OFF::get).filter(java.util.Objects::nonNull).limit(1).toList();
      case MIGRATION -> rest.stream().filter(w -> w.matches("\\d{1,2}")).limit(1).toList();
      case VERIFY -> rest.stream().limit(12).toList();
      case HELP -> rest.stream().filter(w -> w.equals("2")).limit(1).toList();
      default -> List.of();
    };
  }

  /** A vacancy ref such as K4821, written k4821, K 4821 or K-4821; upper case. */
  static List<String> ref(String rest) {
    Matcher m = REF.matcher(rest);
    if (m.find()) {
      return List.of((m.group(1) + m.group(2)).toUpperCase(java.util.Locale.ROOT));
    }
    for (String w : rest.split(" ")) {
      if (ALNUM_WITH_DIGIT.matcher(w).matches()) {
        return List.of(w.toUpperCase(java.util.Locale.ROOT));
      }
    }
    return List.of();
  }
}
