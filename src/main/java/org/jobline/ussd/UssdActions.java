package org.jobline.ussd;

import io.vertx.core.Future;
import java.sql.SQLException;
import java.util.Optional;
import org.jobline.alert.WelcomeMatches;
import org.jobline.followup.FollowUps;
import org.jobline.profile.Answers;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.partner.Referrals;
import org.jobline.store.Store;
import org.jobline.store.Tx;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.trust.ScamReports;
import org.jobline.vacancy.Interests;
import org.jobline.vacancy.Vacancies;
import org.jobline.vacancy.Vacancy;

/**
 * Runs the menu's writes, each atomic with the SMS that confirms it (grouped by {@link GroupCommit}). The
 * future holds a replacement END text when the outcome differs from the planned one, else null.
 */
final class UssdActions {
  static final String CHANNEL = "ussd";
  private final GroupCommit writes;
  private final Outbox outbox;
  private final Interests interests;
  private final WelcomeMatches welcome;

  UssdActions(io.vertx.core.Vertx vertx, Store store, Outbox outbox, WelcomeMatches welcome) {
    this.writes = new GroupCommit(vertx, store);
    this.outbox = outbox;
    this.interests = new Interests(outbox);
    this.welcome = welcome;
  }

  Future<String> run(Action action, String phone, MenuContext ctx) {
    return writes.write(tx -> apply(tx, action, phone, ctx));
  }

  private String apply(Tx tx, Action action, String phone, MenuContext ctx) throws SQLException {
    if (action instanceof Action.Register r) {
      return register(tx, r, phone, ctx);
    }
    if (action instanceof Action.Interest i) {
      return interest(tx, i, phone, ctx);
    }
    if (action instanceof Action.SetStatus s) {
      return status(tx, s, phone, ctx);
    }
    if (action instanceof Action.Report r) {
      return report(tx, r, phone, ctx);
    }
    if (action instanceof Action.SetAbroad a) {
      return abroad(tx, a, phone, ctx);
    }
    if (action instanceof Action.Consent || action instanceof Action.Answer || action instanceof Action.Outcome) {
      return profile(tx, action, phone, ctx);
    }
    return language(tx, (Action.SetLanguage) action, phone);
  }

  private String register(Tx tx, Action.Register r, String phone, MenuContext ctx) throws SQLException {
    Subscriber s = Subscribers.register(tx, phone, r.region(), r.trades(), ctx.language(), CHANNEL);
    String text = ctx.t("reg.sms", Views.regionName(r.region(), ctx), Views.tradeNames(r.trades(), ctx), ctx.shortCode());
    outbox.enqueue(tx, new OutboundSms(phone, s.id(), null, text, ctx.language(), OutboundSms.Kind.CONFIRMATION, 0, null));
    if (r.partnerCode() != null) { // checked by the menu; a partner deleted since then credits nobody
      Optional<Long> partner = Referrals.partnerByCode(tx, r.partnerCode());
      if (partner.isPresent()) {
        Referrals.credit(tx, s.id(), partner.get(), CHANNEL, System.currentTimeMillis());
      }
    }
    welcome.queue(tx, s);
    return null;
  }

  private String interest(Tx tx, Action.Interest i, String phone, MenuContext ctx) throws SQLException {
    Optional<Vacancy> v = Vacancies.byRef(tx, i.ref()).filter(Vacancy::open);
    if (v.isEmpty()) {
      return ctx.t("vac.closed");
    }
    Subscriber s = Subscribers.findOrCreate(tx, phone, ctx.language(), CHANNEL);
    interests.record(tx, s, v.get(), CHANNEL);
    return null;
  }

  /** Stores the report under the caller's subscriber id; a repeat or a vanished vacancy changes the END text. */
  private String report(Tx tx, Action.Report r, String phone, MenuContext ctx) throws SQLException {
    Subscriber s = Subscribers.findOrCreate(tx, phone, ctx.language(), CHANNEL);
    return switch (ScamReports.record(tx, s.id(), r.ref(), r.reason(), CHANNEL, System.currentTimeMillis())) {
      case RECORDED -> null;
      case ALREADY -> ctx.t("report.again", r.ref());
      case UNKNOWN_VACANCY -> ctx.t("vac.closed");
    };
  }

  private String status(Tx tx, Action.SetStatus a, String phone, MenuContext ctx) throws SQLException {
    Optional<Subscriber> s = Subscribers.find(tx, phone);
    if (s.isPresent() && Subscribers.setStatus(tx, s.get().id(), a.status())) {
      String key = "stopped".equals(a.status()) ? "stop.sms" : "resume.sms";
      String text = ctx.t(key, "stopped".equals(a.status()) ? ctx.serviceCode() : ctx.shortCode());
      outbox.enqueue(tx, OutboundSms.reply(phone, s.get().id(), text, ctx.language()));
    }
    return null;
  }

  /** Consent, profile answers and outcomes: saved for the caller (registered earlier in the session). */
  private String profile(Tx tx, Action action, String phone, MenuContext ctx) throws SQLException {
    Optional<Subscriber> s = Subscribers.find(tx, phone);
    if (s.isEmpty()) {
      return ctx.t("error.unavailable");
    }
    long now = System.currentTimeMillis();
    if (action instanceof Action.Consent c) {
      Answers.setConsent(tx, s.get().id(), c.value(), null, now);
    } else if (action instanceof Action.Answer a) {
      Answers.answer(tx, s.get().id(), a.question(), a.code(), null, now);
    } else {
      Action.Outcome o = (Action.Outcome) action;
      FollowUps.answer(tx, s.get().id(), o.ref(), o.outcome(), CHANNEL, now);
    }
    return null;
  }

  /** Offers abroad on or off for the caller (registered: the item is in the profile). */
  private String abroad(Tx tx, Action.SetAbroad a, String phone, MenuContext ctx) throws SQLException {
    Optional<Subscriber> s = Subscribers.find(tx, phone);
    if (s.isEmpty()) {
      return ctx.t("error.unavailable");
    }
    org.jobline.abroad.AbroadOptIns.set(tx, s.get().id(), a.on(), CHANNEL, System.currentTimeMillis());
    return null;
  }

  private String language(Tx tx, Action.SetLanguage l, String phone) throws SQLException {
    Subscriber s = Subscribers.findOrCreate(tx, phone, l.language(), CHANNEL);
    Subscribers.setLanguage(tx, s.id(), l.language());
    return null;
  }
}
