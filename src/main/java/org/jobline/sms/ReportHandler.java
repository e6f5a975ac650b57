package org.jobline.sms;

import java.sql.SQLException;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.jobline.trust.ScamReports;
import org.jobline.trust.TrustTexts;

/**
 * SIGNALER / REPORT K4821 [text] (issue 21): the report is stored against the sender's subscriber id (a newcomer
 * gets one), with what they wrote; the answer thanks them, says a repeat is already known, or helps with the ref.
 */
final class ReportHandler implements CommandHandler {
  /** A ref longer than this is not one: the answer quotes only this much of it. */
  private static final int MAX_QUOTED = 12;

  @Override
  public Reply handle(Turn t) throws SQLException {
    String lang = t.language();
    String ref = t.command().arg();
    if (ref == null) {
      return Reply.text(TrustTexts.get(lang, "report.needRef"), lang);
    }
    Subscriber s = t.subscriber().isPresent() ? t.subscriber().get()
        : Subscribers.findOrCreate(t.tx(), t.phone(), lang, "sms");
    String text = ScamReports.smsText(t.tx(), t.inboundId(), ref);
    return switch (ScamReports.record(t.tx(), s.id(), ref, text, "sms", t.now())) {
      case RECORDED -> Reply.text(TrustTexts.get(lang, "report.done", ref), lang);
      case ALREADY -> Reply.text(TrustTexts.get(lang, "report.again", ref), lang);
      case UNKNOWN_VACANCY -> Reply.text(TrustTexts.get(lang, "report.unknown",
          ref.length() > MAX_QUOTED ? ref.substring(0, MAX_QUOTED) : ref), lang);
    };
  }
}
