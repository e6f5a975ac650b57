package org.jobline.ussd;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jobline.aggregator.Inbound;
import org.jobline.alert.WelcomeMatches;
import org.jobline.config.AppConfig;
import org.jobline.outbox.Outbox;
import org.jobline.refdata.ReferenceData;
import org.jobline.store.Store;
import org.jobline.subscriber.Subscriber;

/**
 * Answers one USSD request: loads the caller's profile once per session, replays the inputs (or
 * takes one step from the cached position), runs the final write if the dialogue ends with one.
 * The session cache only saves work: without it (after a restart) the replay gives the same screen.
 */
final class UssdService {
  static final int MAX_INPUTS = 60;
  static final int MAX_TEXT = 400;

  private final Store store;
  private final ReferenceData refData;
  private final OpenVacancies vacancies;
  private final UssdActions actions;
  private final UssdTexts texts = new UssdTexts();
  private final org.jobline.migration.MigrationTexts migration;
  private final AppConfig config;
  private final Cache<String, Session> sessions;
  /** The caller's profile as read at the start of a session, shared by requests that arrive together. */
  private final Cache<String, Future<Caller>> profiles;

  /**
   * What the last request of a session left: its text, the profile, the position and the reply
   * (a future, so that an aggregator's retry while the first attempt is still writing shares its outcome).
   */
  record Session(String phone, String text, Caller profile, Position position, Future<String> reply) {}

  UssdService(io.vertx.core.Vertx vertx, AppConfig config, Store store, ReferenceData refData, OpenVacancies vacancies, WelcomeMatches welcome) {
    this.config = config;
    this.store = store;
    this.refData = refData;
    this.vacancies = vacancies;
    this.migration = org.jobline.migration.MigrationTexts.of(config.referenceData().migration());
    this.actions = new UssdActions(vertx, store, new Outbox(config.sms()), welcome);
    // Cache upkeep runs on the calling thread: cheaper than waking a pool thread on a loaded 2-core box.
    this.sessions = Caffeine.newBuilder()
        .executor(Runnable::run)
        .expireAfterWrite(Duration.ofMinutes(config.ussd().sessionMinutes()))
        .maximumSize(200_000)
        .build();
    this.profiles = Caffeine.newBuilder()
        .executor(Runnable::run)
        .expireAfterWrite(Duration.ofMinutes(config.ussd().sessionMinutes()))
        .maximumSize(200_000)
        .build();
  }

  Future<String> answer(Inbound.UssdTurn req) {
    Session cached = sessions.getIfPresent(req.sessionId());
    if (cached != null && !cached.phone().equals(req.phone())) {
      cached = null;
    }
    if (cached != null && cached.text().equals(req.text())) {
      return cached.reply();
    }
    List<String> inputs = MenuEngine.inputs(req.text());
    if (inputs.size() > MAX_INPUTS || req.text().length() > MAX_TEXT) {
      String lang = cached == null ? defaultLanguage() : context(cached.profile()).language();
      return Future.succeededFuture(Pager.end(texts.get(lang, "session.tooLong", config.ussd().serviceCode())));
    }
    Session base = cached;
    Future<Caller> profile = base != null ? Future.succeededFuture(base.profile()) : profile(req);
    return profile.compose(p -> respond(req, inputs, p, base));
  }

  private Future<Caller> profile(Inbound.UssdTurn req) {
    String key = req.sessionId() + "|" + req.phone();
    Future<Caller> loading = profiles.get(key, k -> store.read(tx -> Caller.load(tx, req.phone())));
    return loading.onFailure(e -> profiles.asMap().remove(key, loading));
  }

  private Future<String> respond(Inbound.UssdTurn req, List<String> inputs, Caller profile, Session base) {
    Session sameText = sessions.getIfPresent(req.sessionId());
    if (sameText != null && sameText.phone().equals(req.phone()) && sameText.text().equals(req.text())) {
      return sameText.reply();
    }
    MenuContext ctx = context(profile);
    Position pos = oneMoreInput(base, req.text())
        ? MenuEngine.step(base.position(), inputs.get(inputs.size() - 1), ctx)
        : MenuEngine.replay(inputs, ctx);
    Action write = pos.over() ? null : pos.write();
    Future<String> outcome = write != null
        ? actions.run(write, req.phone(), ctx)
        : Future.succeededFuture();
    Future<String> reply = outcome.map(endText -> MenuEngine.render(pos, ctx, endText));
    Session session = new Session(req.phone(), req.text(), profile, pos, reply);
    sessions.put(req.sessionId(), session);
    return reply.onFailure(e -> sessions.asMap().remove(req.sessionId(), session));
  }

  /** True when {@code text} is the cached text plus exactly one input. */
  private static boolean oneMoreInput(Session base, String text) {
    if (base == null) {
      return false;
    }
    String prev = base.text();
    if (prev.isEmpty()) {
      return !text.isEmpty() && text.indexOf('*') < 0;
    }
    return text.length() > prev.length() && text.startsWith(prev) && text.charAt(prev.length()) == '*'
        && text.indexOf('*', prev.length() + 1) < 0;
  }

  MenuContext context(Caller caller) {
    Optional<Subscriber> profile = caller.subscriber();
    String lang = profile.map(Subscriber::language).filter(l -> l.equals("fr") || l.equals("en")).orElse(defaultLanguage());
    return new MenuContext(profile, vacancies.snapshot(), refData, texts, lang, config.sms().shortCode(),
        config.ussd().serviceCode(), caller.answers(), caller.applications(), caller.partnerCodes(), caller.abroad(),
        migration);
  }

  private String defaultLanguage() {
    return config.locale().defaultLanguage();
  }
}
