package org.jobline.sms;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jobline.alert.WelcomeMatches;
import org.jobline.gsm.Gsm7;
import org.jobline.outbox.Outbox;
import org.jobline.partner.Referrals;
import org.jobline.refdata.ReferenceData;
import org.jobline.refdata.Trade;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;

/**
 * INSCRIRE / JOIN / REG: registers or updates trades and region. A word naming nothing, or more than
 * one thing, changes nothing and gets the closest choices back. A known subscriber may send only
 * the trades or only the region; the other half is kept. A partner's referral code among the words (P12)
 * credits the person to that partner; a first registration is followed by the optional questions' consent SMS.
 */
final class RegisterHandler implements CommandHandler {
  private final WelcomeMatches welcome;
  private final QuestionsHandler questions;
  private final ProfileMatcher matcher;
  private final ReferenceData refs;
  private final Outbox outbox;

  RegisterHandler(ProfileMatcher matcher, ReferenceData refs, Outbox outbox, WelcomeMatches welcome,
                  QuestionsHandler questions) {
    this.questions = questions;
    this.welcome = welcome;
    this.matcher = matcher;
    this.refs = refs;
    this.outbox = outbox;
  }

  @Override
  public Reply handle(Turn t) throws SQLException {
    String lang = t.language();
    List<String> words = t.command().args().stream().filter(w -> !Referrals.looksLikeCode(w)).toList();
    Optional<String> code = t.command().args().stream().filter(Referrals::looksLikeCode).findFirst();
    Optional<Long> partner = code.isEmpty() ? Optional.empty() : Referrals.partnerByCode(t.tx(), code.get());
    if (code.isPresent() && partner.isEmpty()) {
      return Reply.text(SmsTexts.get(lang, "register.unknownCode", code.get().toUpperCase(java.util.Locale.ROOT)), lang);
    }
    ProfileMatch m = matcher.match(words);
    if (!m.clean()) {
      ProfileMatch.Problem p = m.problems().get(0);
      String key = p.ambiguous() ? "register.ambiguous" : "register.unknown";
      return Reply.text(SmsTexts.get(lang, key, p.word(), SmsTexts.names(p.choices(), lang)), lang);
    }
    Optional<Subscriber> known = t.subscriber().filter(Subscriber::registered);
    List<String> trades = m.trades().isEmpty()
        ? known.map(Subscriber::trades).orElse(List.of()) : m.trades().stream().map(Trade::code).toList();
    if (trades.isEmpty()) {
      return Reply.text(SmsTexts.get(lang, "register.needTrade"), lang);
    }
    if (trades.size() > Subscriber.MAX_TRADES) {
      return Reply.text(SmsTexts.get(lang, "register.tooManyTrades"), lang);
    }
    if (m.regions().size() > 1 || (m.allRegions() && !m.regions().isEmpty())) {
      return Reply.text(SmsTexts.get(lang, "register.oneRegion", SmsTexts.names(m.regions(), lang)), lang);
    }
    String region = m.allRegions() ? Subscriber.ALL_REGIONS
        : m.regions().isEmpty() ? known.map(Subscriber::region).orElse(null) : m.regions().get(0).code();
    if (region == null) {
      String firstTrade = refs.trade(trades.get(0)).map(x -> x.name(lang)).orElse(trades.get(0));
      return Reply.text(SmsTexts.get(lang, "register.needRegion", firstTrade,
          SmsTexts.names(refs.regions(), lang)), lang);
    }
    Subscriber s = Subscribers.register(t.tx(), t.phone(), region, trades, lang, "sms");
    if (partner.isPresent()) {
      Referrals.credit(t.tx(), s.id(), partner.get(), "sms", t.now());
    }
    welcome.queue(t.tx(), s);
    questions.afterRegistration(t.tx(), s, known.isPresent(), t.now());
    return Reply.confirmation(confirmation(s), s.language());
  }

  private String confirmation(Subscriber s) {
    String lang = s.language();
    String tradeNames = String.join(", ", s.trades().stream()
        .map(code -> refs.trade(code).map(x -> x.name(lang)).orElse(code)).toList());
    String regionName = Subscriber.ALL_REGIONS.equals(s.region()) ? SmsTexts.get(lang, "allRegions")
        : refs.region(s.region()).map(r -> r.name(lang)).orElse(s.region());
    String text = SmsTexts.get(lang, "register.ok", tradeNames, regionName);
    if (Gsm7.cost(outbox.prepare(text)).segments() > 1) {
      text = SmsTexts.get(lang, "register.okShort", String.join(",", s.trades()), regionName);
    }
    return text;
  }
}
