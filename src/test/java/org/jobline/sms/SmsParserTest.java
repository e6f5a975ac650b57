package org.jobline.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.sms.Command.Kind.*;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The parser's table: real-looking texts and the command, arguments and keyword language they mean. */
class SmsParserTest {

  static Stream<Arguments> table() {
    return Stream.of(
        // registration
        row("INSCRIRE macon KARA", REGISTER, "fr", "macon", "kara"),
        row("inscrire macon, soudeur KARA", REGISTER, "fr", "macon", "soudeur", "kara"),
        row("  Inscrire   électricien    Lomé  ", REGISTER, "fr", "electricien", "lome"),
        row("INSCRIR maçons kara", REGISTER, "fr", "macons", "kara"),
        row("incsrire plombier savanes", REGISTER, "fr", "plombier", "savanes"),
        row("Enregistrer menuisier plateaux", REGISTER, "fr", "menuisier", "plateaux"),
        row("JOIN plumber kara", REGISTER, "en", "plumber", "kara"),
        row("join: welder, mason - Lome!!", REGISTER, "en", "welder", "mason", "lome"),
        row("REG mecanicien auto grand lome", REGISTER, null, "mecanicien", "auto", "grand", "lome"),
        row("reg", REGISTER, null),
        row("Register driver maritime", REGISTER, "en", "driver", "maritime"),
        row("S'inscrire coiffeuse Lomé", REGISTER, "fr", "coiffeuse", "lome"),
        row("inscription cuisinier kara 👍", REGISTER, "fr", "cuisinier", "kara"),
        row("Inscrire\nchauffeur\tcentrale", REGISTER, "fr", "chauffeur", "centrale"),
        row("INSCRIRE MÉCANICIEN MOTO SOKODÉ", REGISTER, "fr", "mecanicien", "moto", "sokode"),
        row("joinn carpenter savannah", REGISTER, "en", "carpenter", "savannah"),
        // offers
        row("OFFRES", OFFERS, "fr"),
        row("offres svp", OFFERS, "fr"),
        row("Offre", OFFERS, "fr"),
        row("ofres", OFFERS, "fr"),
        row("JOBS", OFFERS, "en"),
        row("jobs please 🙏", OFFERS, "en"),
        row("  oFFreS  !!! ", OFFERS, "fr"),
        row("Offers", OFFERS, "en"),
        // vacancy details
        row("INFO K4821", INFO, null, "K4821"),
        row("info k4821", INFO, null, "K4821"),
        row("Info K 4821", INFO, null, "K4821"),
        row("INFOS k-4821 svp", INFO, null, "K4821"),
        row("details K4821", INFO, null, "K4821"),
        row("Détails de l'offre K4821", INFO, null, "K4821"),
        row("INFO", INFO, null),
        row("info 4821", INFO, null, "4821"),
        row("imfo K4821", INFO, null, "K4821"),
        // apply
        row("POSTULER K4821", APPLY, "fr", "K4821"),
        row("postuler k 4821 merci", APPLY, "fr", "K4821"),
        row("Intéressé K4821", APPLY, "fr", "K4821"),
        row("interessee par K4821", APPLY, "fr", "K4821"),
        row("APPLY k4821", APPLY, "en", "K4821"),
        row("aplly K4821", APPLY, "en", "K4821"),
        row("postler K4821", APPLY, "fr", "K4821"),
        // profile and language
        row("PROFIL", PROFILE, "fr"),
        row("profile", PROFILE, "en"),
        row("Profil ?", PROFILE, "fr"),
        row("LANGUE EN", LANGUAGE, "fr", "en"),
        row("langue fr", LANGUAGE, "fr", "fr"),
        row("Lang English", LANGUAGE, "en", "en"),
        row("LANG fr", LANGUAGE, "en", "fr"),
        row("langue anglais", LANGUAGE, "fr", "en"),
        row("langue", LANGUAGE, "fr"),
        row("langue xx", LANGUAGE, "fr"),
        // stop: wins wherever it stands, never inside another word
        row("STOP", STOP, null),
        row("stop svp", STOP, null),
        row("merci STOP", STOP, null),
        row("Stop!!!", STOP, null),
        row("ARRET", STOP, "fr"),
        row("Arrêter", STOP, "fr"),
        row("arrêter les messages svp", STOP, "fr"),
        row("UNSUBSCRIBE", STOP, "en"),
        row("STOPALL", STOP, null),
        row("INSCRIRE macon stop", STOP, null),
        row("🛑 stop 🛑", STOP, null),
        row("stpo", STOP, null),
        row("Arrête svp", STOP, "fr"),
        row("desabonner", STOP, "fr"),
        row("nonstop offres", UNKNOWN, null),
        row("stopper", UNKNOWN, null),
        row("stp OFFRES", UNKNOWN, null),
        // start
        row("START", START, null),
        row("reprendre", START, "fr"),
        row("Resume", START, "en"),
        row("strat", START, null),
        // help
        row("AIDE", HELP, "fr"),
        row("aide moi", HELP, "fr"),
        row("HELP", HELP, "en"),
        row("help me please", HELP, "en"),
        row("Aide?", HELP, "fr"),
        // unknown
        row("Bonjour", UNKNOWN, null),
        row("ok", UNKNOWN, null),
        row("😀😀😀", UNKNOWN, null),
        row("   ", UNKNOWN, null),
        row("", UNKNOWN, null),
        row("Votre message n'a pas pu etre delivre", UNKNOWN, null),
        row("Je cherche du travail a Lome", UNKNOWN, null),
        row("12345", UNKNOWN, null));
  }

  private static Arguments row(String text, Command.Kind kind, String language, String... args) {
    return Arguments.of(text, kind, language, Arrays.asList(args));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} {3}")
  @MethodSource("table")
  void parses(String text, Command.Kind kind, String language, List<String> args) {
    Command c = SmsParser.parse(text);
    assertThat(c.kind()).as("kind").isEqualTo(kind);
    assertThat(c.args()).as("args").isEqualTo(args);
    assertThat(c.language()).as("language").isEqualTo(language);
  }

  @Test
  void tableHasAtLeastSixtyRows() {
    assertThat(table().count()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void nullTextIsUnknown() {
    assertThat(SmsParser.parse(null).kind()).isEqualTo(UNKNOWN);
  }

  @Test
  void thousandCharacterTextsAreReadQuickly() {
    String filler = "bla ".repeat(250);
    assertThat(filler).hasSize(1000);
    assertThat(SmsParser.parse(filler).kind()).isEqualTo(UNKNOWN);
    Command offers = SmsParser.parse("OFFRES " + filler.substring(7));
    assertThat(offers.kind()).isEqualTo(OFFERS);
    assertThat(SmsParser.parse(filler.substring(5) + "STOP").kind()).isEqualTo(STOP);
    Command register = SmsParser.parse("INSCRIRE " + "macon ".repeat(165));
    assertThat(register.kind()).isEqualTo(REGISTER);
    assertThat(register.args()).hasSize(165).containsOnly("macon");
  }
}
