package org.jobline.sms;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command words in French and English (folded), with the language each one suggests. */
final class Keywords {
  private Keywords() {}

  /** A keyword's meaning: the command and its language (null when used in both). */
  record Meaning(Command.Kind kind, String language) {}

  /** Words that mean STOP wherever they stand in the text (exact words only, no typo tolerance). */
  static final Set<String> STOP_ANYWHERE = Set.of("stop", "stopall", "arret", "arreter", "unsubscribe",
      "desabonner", "desinscrire");

  static final Map<String, Meaning> FIRST_WORD = Map.ofEntries(
      fr("inscrire", Command.Kind.REGISTER), fr("inscription", Command.Kind.REGISTER),
      fr("enregistrer", Command.Kind.REGISTER), fr("sinscrire", Command.Kind.REGISTER),
      fr("abonner", Command.Kind.REGISTER), en("join", Command.Kind.REGISTER),
      en("register", Command.Kind.REGISTER), en("subscribe", Command.Kind.REGISTER),
      both("reg", Command.Kind.REGISTER),
      fr("offres", Command.Kind.OFFERS), fr("offre", Command.Kind.OFFERS), fr("emplois", Command.Kind.OFFERS),
      en("jobs", Command.Kind.OFFERS), en("job", Command.Kind.OFFERS), en("offers", Command.Kind.OFFERS),
      en("vacancies", Command.Kind.OFFERS),
      both("info", Command.Kind.INFO), both("infos", Command.Kind.INFO), both("details", Command.Kind.INFO),
      fr("detail", Command.Kind.INFO),
      fr("postuler", Command.Kind.APPLY), fr("interesse", Command.Kind.APPLY), fr("interessee", Command.Kind.APPLY),
      en("apply", Command.Kind.APPLY), en("interested", Command.Kind.APPLY),
      fr("profil", Command.Kind.PROFILE), en("profile", Command.Kind.PROFILE),
      fr("langue", Command.Kind.LANGUAGE), en("lang", Command.Kind.LANGUAGE), en("language", Command.Kind.LANGUAGE),
      both("stop", Command.Kind.STOP), both("stopall", Command.Kind.STOP), fr("arret", Command.Kind.STOP),
      fr("arreter", Command.Kind.STOP), en("unsubscribe", Command.Kind.STOP), fr("desabonner", Command.Kind.STOP),
      fr("desinscrire", Command.Kind.STOP),
      both("start", Command.Kind.START), fr("reprendre", Command.Kind.START), en("resume", Command.Kind.START),
      fr("aide", Command.Kind.HELP), en("help", Command.Kind.HELP), fr("menu", Command.Kind.HELP),
      both("questions", Command.Kind.QUESTIONS), en("survey", Command.Kind.QUESTIONS),
      fr("signaler", Command.Kind.REPORT), fr("signalement", Command.Kind.REPORT), fr("arnaque", Command.Kind.REPORT),
      en("report", Command.Kind.REPORT), en("scam", Command.Kind.REPORT),
      fr("etranger", Command.Kind.ABROAD), en("abroad", Command.Kind.ABROAD),
      both("migration", Command.Kind.MIGRATION), fr("migrer", Command.Kind.MIGRATION),
      fr("verif", Command.Kind.VERIFY), fr("verifier", Command.Kind.VERIFY), en("verify", Command.Kind.VERIFY));

  /** Words that name a language after LANGUE/LANG. */
  static final Map<String, String> LANGUAGES = Map.of("fr", "fr", "francais", "fr", "french", "fr",
      "en", "en", "english", "en", "anglais", "en", "eng", "en", "fra", "fr");

  /** Answers after ETRANGER / ABROAD. */
  static final Map<String, String> ON_OFF = Map.of("oui", "on", "yes", "on", "o", "on", "y", "on", "1", "on",
      "non", "off", "no", "off", "n", "off", "0", "off");

  static final List<String> WORDS = List.copyOf(FIRST_WORD.keySet());

  private static Map.Entry<String, Meaning> fr(String word, Command.Kind kind) {
    return Map.entry(word, new Meaning(kind, "fr"));
  }

  private static Map.Entry<String, Meaning> en(String word, Command.Kind kind) {
    return Map.entry(word, new Meaning(kind, "en"));
  }

  private static Map.Entry<String, Meaning> both(String word, Command.Kind kind) {
    return Map.entry(word, new Meaning(kind, null));
  }
}
