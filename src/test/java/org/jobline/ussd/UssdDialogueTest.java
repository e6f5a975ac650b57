package org.jobline.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jobline.profile.Answers;
import org.jobline.profile.ProfileQuestion;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.vacancy.Vacancies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven dialogues over HTTP: each row is a caller, a sequence of inputs and what each screen must show. */
@ExtendWith(VertxExtension.class)
class UssdDialogueTest {
  private static final String REGISTERED = "+22891000001";
  private static final String STOPPED_EN = "+22891000002";
  private static final String SAID_NEVER = "+22891000003";
  private static final String ANSWERED = "+22891000004";
  private static final String NEW_EN = "+22891000005";
  private static final String APPLICANT = "+22891000006";
  private static final String NEVER_REG = "+22891000007";
  private static final String PARTNER_FR = "+22891000008";
  private static final String PARTNER_EN = "+22891000009";
  private UssdTestGateway gw;

  /** One request: the input typed (null for the first request of the session) and the expected screen. */
  record Step(String input, String prefix, List<String> shows) {}

  record Dialogue(String label, String phone, List<Step> steps) {
    @Override
    public String toString() {
      return label;
    }
  }

  static Step first(String... shows) {
    return new Step(null, "CON ", List.of(shows));
  }

  static Step con(String input, String... shows) {
    return new Step(input, "CON ", List.of(shows));
  }

  static Step end(String input, String... shows) {
    return new Step(input, "END ", List.of(shows));
  }

  static Stream<Dialogue> dialogues() {
    String phone = UssdTestGateway.PHONE;
    return Stream.of(
        new Dialogue("new caller registers for one trade", phone, List.of(
            first("Jobline", "1 S'inscrire aux alertes", "2 Offres d'emploi", "3 Langue", "4 Travail etranger"),
            con("1", "Votre region:", "1 Grand Lom", "7 Toutes les regions", "0 Retour", "00 Menu"),
            con("1", "Domaine de metier:", "1 Batiment et travaux", "98 Suite"),
            con("1", "Votre metier:", "1 Macon", "2 Menuisier"),
            con("1", "Metier ajoute (1/3)", "1 Oui", "2 Non"),
            con("2", "Region: Grand Lom", "Metiers: Macon", "1 Confirmer", "2 J'ai un code partenaire"),
            con("1", "Inscription enregistree", "Repondre?", "1 Oui", "2 Plus tard", "3 Jamais"),
            end("2", "Inscription enregistree", "STOP au 8888"))),
        new Dialogue("three trades then straight to confirmation", phone, List.of(
            first("1 S'inscrire"), con("1"), con("7"), con("1", "1 Macon"), con("1", "(1/3)"),
            con("1", "Domaine"), con("1", "1 Menuisier"), con("1", "(2/3)"), con("1"), con("98", "Hotellerie"),
            con("1", "Cuisinier"), con("1", "Region: Toutes les regions", "Macon, Menuisier, Cuisinier", "1 Confirmer",
                "2 J'ai un code partenaire"),
            con("1", "Inscription enregistree", "3 Jamais"), end("3", "plus de questions", "STOP"))),
        new Dialogue("invalid choices, back and main menu", phone, List.of(
            first("1 S'inscrire"), con("9", "Choix invalide", "1 S'inscrire"), con("1", "Votre region:"),
            con("", "Choix invalide", "Votre region:"), con("abc", "Choix invalide"), con("0", "1 S'inscrire"),
            con("1", "Votre region:"), con("2", "Domaine"), con("00", "1 S'inscrire"), con("98", "Choix invalide"))),
        new Dialogue("category list is paged with 98 and 0 goes back a page", phone, List.of(
            first(), con("1"), con("1", "98 Suite"), con("98", "1 Hotellerie et cuisine"), con("0", "1 Batiment"))),
        new Dialogue("unregistered caller browses vacancies after picking region and trade", phone, List.of(
            first(), con("2", "Offres - votre region:"), con("1", "Domaine"), con("1", "Votre metier:"),
            con("1", "Offres 1-3 sur 4:", "1 V-LOM-MAC4", "98 Suite"), con("98", "Offres 4-4 sur 4", "1 V-LOM-MAC1"),
            con("1", "Ref V-LOM-MAC1", "2 poste(s)", "1 Je suis interesse"),
            end("1", "Interet enregistre pour l'offre V-LOM-MAC1", "SMS"))),
        new Dialogue("no vacancy for this choice", phone, List.of(
            first(), con("2"), con("6"), con("1"), con("1", "Aucune offre"), con("1", "Choix invalide", "Aucune offre"))),
        new Dialogue("registered caller sees matching vacancies directly", REGISTERED, List.of(
            first("1 Modifier mon inscription", "3 Mon profil", "4 Arreter les alertes", "5 Langue", "6 Travail etranger"),
            con("2", "Offres 1-3 sur 4", "V-LOM-MAC4"), con("2", "V-LOM-MAC3"), end("1", "Interet enregistre"))),
        new Dialogue("profile, then change region keeps the trades", REGISTERED, List.of(
            first(), con("3", "Region: Grand Lom", "Metiers: Macon", "Alertes: actives", "1 Changer la region"),
            con("1", "Votre region:"), con("5", "Region: Kara", "Metiers: Macon"), end("1", "Inscription enregistree"))),
        new Dialogue("stop alerts with a confirmation step", REGISTERED, List.of(
            first(), con("4", "Arreter les alertes emploi", "1 Oui, arreter"), end("1", "Alertes arretees"))),
        new Dialogue("stopped English caller resumes", STOPPED_EN, List.of(
            first("1 Update my registration", "4 Resume alerts"), con("4", "Resume job alerts", "1 Yes, resume"),
            end("1", "Alerts resumed", "STOP to 8888"))),
        new Dialogue("language switch to English", phone, List.of(
            first("3 Langue / Language"), con("3", "1 Francais", "2 English"), end("2", "Language saved: English"))),
        new Dialogue("new caller answers every optional question after registering", phone, List.of(
            first(), con("1"), con("1"), con("1"), con("1"), con("2", "1 Confirmer"),
            con("1", "Inscription enregistree", "Ces questions aident l'agence a mieux servir tout le monde. Repondre?",
                "1 Oui\n2 Plus tard\n3 Jamais"),
            con("1", "Votre age:", "1 15 a 24 ans", "4 45 ans et plus"),
            con("2", "Vous etes:", "1 Une femme", "2 Un homme", "3 Je prefere ne pas dire"),
            con("1", "Avez-vous un handicap?", "1 Oui", "2 Non", "3 Je prefere ne pas dire"),
            con("2", "Votre plus haut niveau d'etudes:", "1 Aucun", "4 Formation professionnelle", "5 Superieur"),
            end("4", "Merci! Inscription et reponses enregistrees", "STOP au 8888"))),
        new Dialogue("Plus tard ends with the registration text", phone, List.of(
            first(), con("1"), con("1"), con("1"), con("1"), con("2"), con("1", "2 Plus tard"),
            end("2", "Inscription enregistree. Les offres arrivent par SMS"))),
        new Dialogue("the consent screen has no way back to the confirmation", phone, List.of(
            first(), con("1"), con("1"), con("1"), con("1"), con("2"), con("1", "3 Jamais"),
            con("0", "Repondre?", "1 Oui"), con("5", "Choix invalide", "Repondre?"))),
        new Dialogue("Jamais is remembered: registering again asks nothing", SAID_NEVER, List.of(
            first("1 S'inscrire"), con("1"), con("1"), con("1"), con("1"), con("2"),
            end("1", "Inscription enregistree", "STOP au 8888"))),
        new Dialogue("after Jamais the questions stay reachable from the profile", NEVER_REG, List.of(
            first(), con("3", "3 Questions facultatives"), con("3", "Ces questions aident", "1 Oui", "3 Jamais"),
            end("3", "Compris, nous ne vous poserons plus ces questions"))),
        new Dialogue("changing an answer from the profile shows the current one", ANSWERED, List.of(
            first(), con("3", "3 Questions facultatives"),
            con("3", "Votre age: (actuel: 25 a 34 ans)", "1 15 a 24 ans"),
            con("3", "Vous etes: (actuel: Une femme)"), con("3", "Avez-vous un handicap?"),
            con("1", "Votre plus haut niveau"), end("5", "Merci! Vos reponses sont enregistrees"))),
        new Dialogue("English caller registers and says Never", NEW_EN, List.of(
            first("1 Register", "4 Working abroad"), con("1"), con("1"), con("1"), con("1"),
            con("2", "1 Confirm", "2 I have a partner code"),
            con("1", "Registration saved.", "These questions help the agency serve everyone better. Answer?", "1 Yes",
                "2 Later", "3 Never"),
            end("3", "Understood, no more questions", "STOP to 8888"))),
        new Dialogue("English caller opens the questions from the profile", STOPPED_EN, List.of(
            first(), con("3", "3 Optional questions"), con("3", "These questions help", "1 Yes", "3 Never"),
            con("1", "Your age:", "1 15 to 24", "4 45 and over"), con("4", "You are:", "1 A woman", "3 I prefer not to say"),
            con("3", "Do you have a disability?"), con("2", "Your highest schooling:", "5 Higher education"),
            end("2", "Thank you! Your answers are saved."))),
        new Dialogue("my applications: say what happened after an interest", APPLICANT, List.of(
            first("6 Mes candidatures", "7 Travail etranger"), con("6", "Mes candidatures:", "1 V-LOM-MAC1 Macon confirme"),
            con("1", "Offre V-LOM-MAC1: qu'est-il arrive?", "1 Embauche", "2 Entretien", "3 Pas de nouvelles",
                "4 Pas interesse"),
            end("2", "Merci, votre reponse pour l'offre V-LOM-MAC1 est enregistree"))),
        new Dialogue("partner code: unknown, then retyped, then registered and credited", PARTNER_FR, List.of(
            first(), con("1"), con("1"), con("1"), con("1"), con("2", "1 Confirmer", "2 J'ai un code partenaire"),
            con("2", "Code partenaire?", "(ex: P12)", "0 Passer", "00 Menu"),
            con("P99", "Code P99 inconnu", "retapez-le", "0 Passer"),
            con("p 12", "Confirmer?", "Code partenaire: P12", "1 Confirmer"),
            con("1", "Inscription enregistree", "Repondre?"), end("2", "Inscription enregistree"))),
        new Dialogue("partner code skipped with 0", phone, List.of(
            first(), con("1"), con("1"), con("1"), con("1"), con("2"), con("2", "Code partenaire?"),
            con("0", "Confirmer?", "2 J'ai un code partenaire"), con("1", "Inscription enregistree"))),
        new Dialogue("English caller types the partner code's digits", PARTNER_EN, List.of(
            first("1 Register"), con("1"), con("1"), con("1"), con("1"), con("2", "1 Confirm", "2 I have a partner code"),
            con("2", "Partner code?", "0 Skip"), con("77", "Code 77 not found", "type it again", "0 Skip"),
            con("12", "Partner code: P12", "1 Confirm"), con("1", "Registration saved."))),
        new Dialogue("a registered caller is not offered the partner code", REGISTERED, List.of(
            first(), con("1"), con("1"), con("1"), con("1"), con("2", "1 Confirmer"), con("2", "Choix invalide"))),
        new Dialogue("a tagged vacancy's details show its tags", REGISTERED, List.of(
            first(), con("2", "V-LOM-MAC4"),
            con("1", "Aide macon", "1er emploi, Femmes bienvenues", "Ref V-LOM-MAC4", "1 Je suis interesse",
                "2 Signaler"))),
        new Dialogue("a tagged vacancy's details in English", NEW_EN, List.of(
            first(), con("2"), con("1"), con("1"), con("1", "V-LOM-MAC4"),
            con("1", "Aide macon", "First job, Women welcome", "Ref V-LOM-MAC4", "1 I am interested", "2 Report"))),
        new Dialogue("no applications, no menu item", REGISTERED, List.of(first("5 Langue", "6 Travail etranger"),
            con("7", "Choix invalide"))),
        new Dialogue("inputs after an END screen end the session", REGISTERED, List.of(
            first(), con("4"), end("1"), end("1", "Session terminee"))));
  }

  @BeforeEach
  void start(Vertx vertx, @TempDir Path dir) {
    gw = new UssdTestGateway(vertx, dir);
    gw.offline(tx -> {
      UssdTestGateway.vacancy(tx, "V-LOM-MAC1", "Macon confirme", "MACON", "LOM", "BTP Sarl", 4);
      UssdTestGateway.vacancy(tx, "V-LOM-MAC2", "Macon", "MACON", "LOM", "BTP Sarl", 3);
      UssdTestGateway.vacancy(tx, "V-LOM-MAC3", "Chef macon", "MACON", "LOM", "Togo Bati", 2);
      UssdTestGateway.vacancy(tx, "V-LOM-MAC4", "Aide macon", "MACON", "LOM", "Togo Bati", 1);
      UssdTestGateway.vacancy(tx, "V-KAR-CUI1", "Cuisinier", "CUISIN", "KAR", "Hotel Kara", 5);
      tx.jdbc().createStatement().executeUpdate("UPDATE vacancies SET tags = 'firstJob,womenEncouraged' WHERE ref = 'V-LOM-MAC4'");
      Subscribers.register(tx, REGISTERED, "LOM", List.of("MACON"), "fr", "sms");
      Subscriber en = Subscribers.register(tx, STOPPED_EN, "KAR", List.of("CUISIN"), "en", "sms");
      Subscribers.setStatus(tx, en.id(), "stopped");
      Subscriber never = Subscribers.findOrCreate(tx, SAID_NEVER, "fr", "ussd");
      Answers.setConsent(tx, never.id(), "never", null, 1L);
      Subscriber answered = Subscribers.register(tx, ANSWERED, "LOM", List.of("MACON"), "fr", "sms");
      Answers.setConsent(tx, Subscribers.register(tx, NEVER_REG, "KAR", List.of("MACON"), "fr", "sms").id(), "never", null, 1L);
      Answers.answer(tx, answered.id(), ProfileQuestion.AGE, "25-34", null, 1L);
      Answers.answer(tx, answered.id(), ProfileQuestion.SEX, "woman", null, 1L);
      Subscribers.findOrCreate(tx, NEW_EN, "en", "sms");
      Subscribers.findOrCreate(tx, PARTNER_EN, "en", "sms");
      tx.jdbc().createStatement().execute("INSERT INTO partners (id, name) VALUES (12, 'ONG Espoir')");
      Subscriber applicant = Subscribers.register(tx, APPLICANT, "LOM", List.of("MACON"), "fr", "sms");
      Vacancies.recordInterest(tx, applicant.id(), Vacancies.byRef(tx, "V-LOM-MAC1").orElseThrow().id(), "sms");
      return null;
    });
    gw.start();
  }

  @AfterEach
  void stop() {
    gw.stop();
  }

  @Test
  void aPartnerCodeTypedInTheMenuCreditsThePartnerOnceLikeTheSmsPath() {
    dialogue(dialogues().filter(d -> d.label().startsWith("partner code: unknown")).findFirst().orElseThrow());
    dialogue(dialogues().filter(d -> d.label().startsWith("English caller types")).findFirst().orElseThrow());
    dialogue(dialogues().filter(d -> d.label().startsWith("partner code skipped")).findFirst().orElseThrow());
    assertThat(gw.count("SELECT count(*) FROM referrals r JOIN subscribers s ON s.id = r.subscriber_id "
        + "WHERE r.partner_id = 12 AND r.channel = 'ussd' AND s.phone IN ('" + PARTNER_FR + "', '" + PARTNER_EN + "')"))
        .isEqualTo(2);
    assertThat(gw.count("SELECT count(*) FROM referrals")).as("skipped: nobody else credited").isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialogues")
  void dialogue(Dialogue d) {
    List<String> inputs = new ArrayList<>();
    for (Step step : d.steps()) {
      if (step.input() != null) {
        inputs.add(step.input());
      }
      UssdTestGateway.Reply r = gw.ussd("s-" + d.label().hashCode(), d.phone(), String.join("*", inputs));
      assertThat(r.status()).as("%s at %s", d.label(), inputs).isEqualTo(200);
      assertThat(r.contentType()).startsWith("text/plain");
      assertThat(r.body()).as("%s at %s", d.label(), inputs).startsWith(step.prefix());
      for (String fragment : step.shows()) {
        assertThat(r.body()).as("%s at %s", d.label(), inputs).contains(fragment);
      }
      assertThat(r.body().length()).isLessThanOrEqualTo(160);
    }
  }
}
