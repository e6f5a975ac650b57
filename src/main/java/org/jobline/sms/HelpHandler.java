package org.jobline.sms;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * AIDE / HELP always gets the help. Unknown text gets it at most once per {@code sms.helpIntervalHours}
 * per number, judged from the inbound history in the database (an earlier unknown text we answered
 * in the window): a robot's auto-reply cannot start an endless exchange.
 */
final class HelpHandler {
  private final long intervalMs;

  HelpHandler(int helpIntervalHours) {
    this.intervalMs = TimeUnit.HOURS.toMillis(helpIntervalHours);
  }

  /** AIDE gives the first page; AIDE 2 the second (scam reports, offers abroad, MIGRATION, VERIF: issue 21). */
  Reply help(Turn t) {
    boolean second = t.command() != null && "2".equals(t.command().arg());
    return Reply.text(SmsTexts.get(t.language(), second ? "help2" : "help"), t.language());
  }

  Reply unknown(Turn t) throws SQLException {
    boolean alreadyHelped = InboundLog.answeredSince(t.tx(), t.phone(), t.now() - intervalMs, t.inboundId())
        .stream()
        .anyMatch(text -> SmsParser.parse(text).kind() == Command.Kind.UNKNOWN);
    return alreadyHelped ? Reply.NONE : help(t);
  }
}
