package org.jobline.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.followup.Application;
import org.jobline.gsm.Gsm7;
import org.jobline.profile.ProfileAnswers;
import org.jobline.profile.ProfileQuestion;
import org.jobline.refdata.ReferenceData;
import org.jobline.refdata.ReferenceDataLoader;
import org.jobline.refdata.Region;
import org.jobline.refdata.Trade;
import org.jobline.store.Store;
import org.jobline.subscriber.Subscriber;
import org.jobline.vacancy.Vacancies;
import org.jobline.vacancy.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks every screen reachable in 8 inputs (every option, 98, 0, 00 and an invalid input) for an
 * unregistered, a registered and a stopped English caller, over a store seeded with a long-titled
 * vacancy for every region and trade (every other title full of GSM-7 extension characters, which cost
 * two septets, and of text outside GSM-7; a third with every tag), and checks each screen: CON/END, at most 160 septets, GSM-7 only.
 */
@ExtendWith(VertxExtension.class)
class UssdCrawlerTest {
  private static final int DEPTH = 8;
  private static final String LONG_TITLE = "Responsable d'équipe œuvrant à la maçonnerie « gros œuvre » et finitions – poste à pourvoir très vite";
  /** 100 characters, 160 septets before transliteration: a partner's title like the one that broke screens. */
  private static final String BRACES_TITLE = "{0}{1} [URGENT] ~ Macon|Soudeur ^ {}[]~|\\€ Ağbodrafo ş ğ 😀 {}{}{}{}[][][]~~||€€^^ {Chef} [Lome]";
  private static final String LONG_EMPLOYER = "Société Générale des Bâtiments et Travaux Publics du Togo – Groupe Fraîcheur & Frères";

  @Test
  void everyReachableScreenFitsOneGsm7Ussd(Vertx vertx, @TempDir Path dir) {
    AppConfig config = new ConfigLoader().load(null, Map.of("JOBLINE_STORE_PATH", dir.resolve("c.db").toString()));
    ReferenceData refData = ReferenceDataLoader.load(config.referenceData());
    List<Vacancy> open = seedAndLoad(vertx, config, refData);
    OpenVacancies.Snapshot snapshot = new OpenVacancies.Snapshot(open, 1);
    UssdTexts texts = new UssdTexts();
    List<String> longest = refData.trades().stream()
        .sorted((a, b) -> b.nameFr().length() - a.nameFr().length()).limit(3).map(Trade::code).toList();
    List<Optional<Subscriber>> callers = List.of(
        Optional.of(new Subscriber(1, "+22890000001", Subscriber.ALL_REGIONS, longest, "fr", "active", "ussd", 0, 0)),
        Optional.of(new Subscriber(2, "+22890000002", "LOM", longest, "en", "stopped", "ussd", 0, 0)), Optional.empty());
    int screens = 0;
    for (Optional<Subscriber> caller : callers) {
      String lang = caller.map(Subscriber::language).orElse("fr");
      MenuContext ctx = new MenuContext(caller, snapshot, refData, texts, lang, "8888", "*888#");
      screens += crawl(ctx);
    }
    // Callers with optional answers (the longest ones) and applications with long titles, in both languages.
    java.util.Map<ProfileQuestion, String> longAnswers = new java.util.EnumMap<>(ProfileQuestion.class);
    for (ProfileQuestion q : ProfileQuestion.values()) {
      longAnswers.put(q, q.codes().stream().max(java.util.Comparator.comparingInt(c -> texts.get("fr", "q." + q.key() + "." + c).length())).orElseThrow());
    }
    List<Application> apps = open.stream().limit(ApplicationViews.SHOWN).map(v -> new Application(v.ref(), v.title())).toList();
    for (String lang : List.of("fr", "en")) {
      Subscriber s = new Subscriber(3, "+22890000003", "LOM", List.of(refData.trades().get(0).code()), lang, "active", "ussd", 0, 0);
      for (ProfileAnswers answers : List.of(new ProfileAnswers("yes", longAnswers, null), new ProfileAnswers("never", java.util.Map.of(), null))) {
        screens += crawl(new MenuContext(Optional.of(s), snapshot, refData, texts, lang, "8888", "*888#", answers, apps),
            Screen.APPLICATIONS, Screen.OUTCOME, Screen.AGE, Screen.SEX, Screen.DISABILITY, Screen.SCHOOLING,
            Screen.MIGRATION, Screen.ABROAD);
      }
      screens += crawl(new MenuContext(Optional.empty(), snapshot, refData, texts, lang, "8888", "*888#"), Screen.CONSENT, Screen.AGE);
      // a first registration with partners: the partner code screen, its retry screen and the confirmation with a code
      screens += crawl(new MenuContext(Optional.empty(), snapshot, refData, texts, lang, "8888", "*888#", ProfileAnswers.NONE,
          List.of(), Set.of("P12", "P123456")), Screen.PARTNER, Screen.CONFIRM);
    }
    assertThat(screens).as("screens visited").isGreaterThan(1000);
  }

  private int crawl(MenuContext ctx, Screen... alsoReached) {
    record Visit(Position pos, int depth, String path) {}
    ArrayDeque<Visit> queue = new ArrayDeque<>(List.of(new Visit(MenuEngine.start(), 0, "")));
    Set<Object> seen = new HashSet<>();
    Set<Screen> kinds = new HashSet<>();
    List<String> bad = new ArrayList<>();
    int visited = 0;
    while (!queue.isEmpty()) {
      Visit v = queue.poll();
      Position p = v.pos();
      Object key = p.finished() ? List.of(p.over(), String.valueOf(p.ending() == null ? "" : p.ending().endText()))
          : List.of(equivalent(p.node(), ctx), p.error());
      if (!seen.add(key)) {
        continue;
      }
      visited++;
      String screen = MenuEngine.render(p, ctx, null);
      boolean prefixed = (screen.startsWith("CON ") || screen.startsWith("END ")) && screen.length() > 4;
      if (!prefixed || Gsm7.septets(screen) > 160 || !Gsm7.fits(screen)) {
        bad.add(v.path() + " -> " + Gsm7.septets(screen) + " septets: " + screen);
      }
      if (p.finished() || p.error() || v.depth() == DEPTH) {
        // an error screen takes the same inputs as the same screen without the error line
        continue;
      }
      kinds.add(p.node().screen());
      for (String input : inputs(p, ctx)) {
        queue.add(new Visit(MenuEngine.step(p, input, ctx), v.depth() + 1, v.path() + "*" + input));
      }
    }
    assertThat(bad).as("screens that break the USSD rules").isEmpty();
    assertThat(kinds).as("screens reached").contains(Screen.MAIN, Screen.REGION, Screen.CATEGORY, Screen.TRADE,
        Screen.CONFIRM, Screen.VACANCIES, Screen.DETAIL, Screen.LANGUAGE).containsAll(List.of(alsoReached));
    return visited;
  }

  /**
   * Keeps the crawl bounded: while registering, the region only shows on the confirmation screen
   * by its name, and the trades by their names in order of choice, so two nodes that differ only
   * by a region name of the same length, or by the order of the same trades, lead to screens of
   * the same length and characters. Everything else must match exactly.
   */
  private static Object equivalent(Node n, MenuContext ctx) {
    boolean registering = n.mode() != Screen.Mode.BROWSE
        && (n.screen() == Screen.CATEGORY || n.screen() == Screen.TRADE || n.screen() == Screen.MORE);
    if (!registering) {
      return n;
    }
    return List.of(n.screen(), n.mode(), n.page(), String.valueOf(n.category()),
        Views.regionName(n.region(), ctx).length(), new java.util.TreeSet<>(n.trades()));
  }

  private static List<String> inputs(Position p, MenuContext ctx) {
    Pager.Page page = Pager.page(Views.build(p.node(), ctx), p.node().page(), ctx);
    List<String> inputs = new ArrayList<>(List.of("98", "0", "00", "x"));
    if (p.node().screen() == Screen.PARTNER) { // typed, not chosen: a known code, its digits, an unknown long one
      inputs.addAll(List.of("P12", "123456", "{€}" + "W".repeat(30), "p99"));
    }
    for (int i = 1; i <= page.options().size(); i++) {
      inputs.add(String.valueOf(i));
    }
    return inputs;
  }

  private static List<Vacancy> seedAndLoad(Vertx vertx, AppConfig config, ReferenceData refData) {
    Store store = UssdTestGateway.await(Store.open(vertx, config.store()));
    try {
      UssdTestGateway.await(store.write(tx -> {
        int n = 0;
        for (Region r : refData.regions()) {
          for (Trade t : refData.trades()) {
            n++;
            UssdTestGateway.vacancy(tx, "REF-" + r.code() + "-" + t.code() + "-" + n, (n % 2 == 0 ? BRACES_TITLE : LONG_TITLE) + " " + t.nameFr(),
                t.code(), r.code(), LONG_EMPLOYER, n);
          }
        }
        // every tag on a third of them (the longest tag line), one tag on another third
        tx.jdbc().createStatement().executeUpdate("UPDATE vacancies SET tags = CASE WHEN id % 3 = 0 "
            + "THEN 'firstJob,accessible,womenEncouraged' WHEN id % 3 = 1 THEN 'womenEncouraged' ELSE '' END");
        return null;
      }));
      return UssdTestGateway.await(store.read(Vacancies::allOpen));
    } finally {
      UssdTestGateway.await(store.close());
    }
  }
}
