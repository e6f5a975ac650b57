package org.jobline.sms;

import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jobline.config.AppConfig.SmsConfig;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.phone.PhoneNumbers;
import org.jobline.store.Store;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one inbound text in ONE store transaction: records it (a provider id already seen does
 * nothing), applies the rate limit, carries out the command and queues the answer, so the change and
 * the SMS that reports it commit together.
 */
public final class SmsInbox {
  private static final Logger log = LoggerFactory.getLogger(SmsInbox.class);
  private static final long HOUR = TimeUnit.HOURS.toMillis(1);

  /** What became of a text. */
  public enum Outcome {
    ANSWERED, UNANSWERED, RATE_LIMITED, DUPLICATE;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Store store;
  private final CommandRouter router;
  private final Outbox outbox;
  private final SmsConfig sms;
  private final String defaultLanguage;

  SmsInbox(Store store, CommandRouter router, Outbox outbox, SmsConfig sms, String defaultLanguage) {
    this.store = store;
    this.router = router;
    this.outbox = outbox;
    this.sms = sms;
    this.defaultLanguage = defaultLanguage;
  }

  public Future<Outcome> receive(String provider, InboundSms in) {
    return store.write(c -> handle(c, provider, in))
        .onSuccess(o -> log.info("inbound SMS {} from {}: {}", in.providerId(), PhoneNumbers.mask(in.phone()),
            o.wireName()));
  }

  private Outcome handle(Connection c, String provider, InboundSms in) throws SQLException {
    long now = System.currentTimeMillis();
    long id = InboundLog.insert(c, provider, in, now);
    if (id < 0) {
      return Outcome.DUPLICATE;
    }
    Optional<Subscriber> subscriber = Subscribers.find(c, in.phone());
    Command command = SmsParser.parse(in.text());
    Turn turn = new Turn(c, id, in.phone(), subscriber, command,
        Turn.languageFor(subscriber, command, defaultLanguage), now);
    if (InboundLog.countSince(c, in.phone(), now - HOUR) > sms.inboundPerHour()) {
      if (command.kind() == Command.Kind.STOP) {
        StopStartHandler.stop(turn);
      }
      return Outcome.RATE_LIMITED;
    }
    Reply reply = router.handle(turn);
    if (reply.text() != null) {
      Long subscriberId = Subscribers.find(c, in.phone()).map(Subscriber::id).orElse(null);
      outbox.enqueue(c, new OutboundSms(in.phone(), subscriberId, null, reply.text(), reply.language(),
          reply.kind(), 0, null));
    }
    if (!reply.answered()) {
      return Outcome.UNANSWERED;
    }
    InboundLog.setAnswered(c, id, true);
    return Outcome.ANSWERED;
  }
}
