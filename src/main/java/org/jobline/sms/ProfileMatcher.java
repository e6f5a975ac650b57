package org.jobline.sms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jobline.refdata.Named;
import org.jobline.refdata.ReferenceData;
import org.jobline.refdata.Region;
import org.jobline.refdata.Trade;
import org.jobline.text.Fold;

/**
 * Matches the words of a registration against the trades and regions of the reference data: codes,
 * French and English names and synonyms, folded; tolerant of plurals and small typos; longest
 * multi-word name first ("mecanicien moto" before "mecanicien").
 */
public final class ProfileMatcher {
  private static final int NO_MATCH = Integer.MAX_VALUE / 4;
  private static final int CHOICES = 3;
  /** A registration names at most 3 trades and a region: past this many words the rest is ignored. */
  static final int MAX_WORDS = 24;
  /** Small words people put around trades and regions; skipped unless part of a name. */
  private static final Set<String> FILLER = Set.of("de", "du", "des", "la", "le", "les", "et", "je", "suis",
      "un", "une", "moi", "a", "au", "aux", "en", "pour", "svp", "stp", "merci", "metier", "metiers", "region",
      "ville", "i", "am", "and", "in", "at", "the", "to", "for", "please", "trade", "trades", "town", "thanks",
      "mon", "ma", "my", "of", "ou", "or", "bonjour", "bonsoir", "salut", "hello", "hi", "il", "vous", "plait",
      "thank", "you", "comme", "as", "veux", "want", "travail", "work", "emploi", "cherche", "looking");
  private static final Set<String> EVERYWHERE = Set.of("tout", "toutes", "partout", "togo", "all", "anywhere",
      "everywhere");

  private record Term(Named entry, List<String> words) {}

  private final List<Term> terms = new ArrayList<>();
  private final int longest;

  public ProfileMatcher(ReferenceData refs) {
    Stream.concat(refs.trades().stream(), refs.regions().stream()).forEach(this::index);
    longest = terms.stream().mapToInt(t -> t.words().size()).max().orElse(1);
  }

  private void index(Named n) {
    Set<String> names = new LinkedHashSet<>();
    names.add(Fold.fold(n.code()));
    names.add(Fold.fold(n.nameFr()));
    names.add(Fold.fold(n.nameEn()));
    n.synonyms().forEach(s -> names.add(Fold.fold(s)));
    names.forEach(name -> {
      List<String> words = SmsParser.words(name);
      if (!words.isEmpty()) {
        terms.add(new Term(n, words));
      }
    });
  }

  /** Reads folded words (as {@link SmsParser} gives them). */
  public ProfileMatch match(List<String> allWords) {
    List<String> words = allWords.subList(0, Math.min(allWords.size(), MAX_WORDS));
    Set<Trade> trades = new LinkedHashSet<>();
    Set<Region> regions = new LinkedHashSet<>();
    List<ProfileMatch.Problem> problems = new ArrayList<>();
    boolean everywhere = false;
    int i = 0;
    while (i < words.size()) {
      String word = words.get(i);
      Span span = bestSpan(words, i, FILLER.contains(word) || EVERYWHERE.contains(word) ? 2 : 1);
      if (span == null) {
        if (EVERYWHERE.contains(word)) {
          everywhere = true;
        } else if (!FILLER.contains(word) && word.length() > 1) {
          problems.add(new ProfileMatch.Problem(word, false, closest(word)));
        }
        i++;
        continue;
      }
      if (span.entries().size() > 1) {
        problems.add(new ProfileMatch.Problem(String.join(" ", words.subList(i, i + span.length())), true,
            span.entries().stream().limit(CHOICES).toList()));
      } else if (span.entries().get(0) instanceof Trade t) {
        trades.add(t);
      } else {
        regions.add((Region) span.entries().get(0));
      }
      i += span.length();
    }
    return new ProfileMatch(List.copyOf(trades), List.copyOf(regions), everywhere, problems);
  }

  private record Span(int length, List<Named> entries) {}

  /** The longest run of words from {@code start} (at least {@code minLength}) naming something, with its best entries. */
  private Span bestSpan(List<String> words, int start, int minLength) {
    for (int len = Math.min(longest, words.size() - start); len >= minLength; len--) {
      List<String> span = words.subList(start, start + len);
      int best = NO_MATCH;
      Set<Named> entries = new LinkedHashSet<>();
      for (Term t : terms) {
        if (t.words().size() != len) {
          continue;
        }
        int d = spanDistance(span, t.words());
        if (d < best) {
          best = d;
          entries.clear();
        }
        if (d == best && d < NO_MATCH) {
          entries.add(t.entry());
        }
      }
      if (!entries.isEmpty()) {
        return new Span(len, List.copyOf(entries));
      }
    }
    return null;
  }

  private static int spanDistance(List<String> input, List<String> term) {
    int sum = 0;
    for (int k = 0; k < input.size(); k++) {
      int d = wordDistance(input.get(k), term.get(k));
      if (d >= NO_MATCH) {
        return NO_MATCH;
      }
      sum += d;
    }
    return sum;
  }

  /** 0 for the same word or a plural (trailing s or x); the typo count when tolerated; else NO_MATCH. */
  static int wordDistance(String input, String term) {
    if (input.equals(term) || singular(input).equals(singular(term))) {
      return 0;
    }
    int tolerance = Distance.tolerance(Math.min(input.length(), term.length()));
    if (tolerance == 0 || Math.abs(input.length() - term.length()) > tolerance) {
      return NO_MATCH;
    }
    int d = Distance.damerau(input, term);
    return d <= tolerance ? d : NO_MATCH;
  }

  private static String singular(String w) {
    return w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w;
  }

  /** The entries whose names are nearest to {@code word} by edit distance (for "did you mean"). */
  List<Named> closest(String word) {
    record Scored(Named entry, int distance) {}
    return terms.stream()
        .map(t -> new Scored(t.entry(), Math.min(Distance.damerau(word, String.join(" ", t.words())),
            t.words().stream().mapToInt(w -> Distance.damerau(word, w)).min().orElse(NO_MATCH))))
        .sorted(Comparator.comparingInt(Scored::distance))
        .map(Scored::entry)
        .distinct()
        .limit(CHOICES)
        .toList();
  }
}
