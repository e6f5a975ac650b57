package org.jobline.sms;

import io.vertx.core.Future;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jobline.aggregator.Inbound.IncomingSms;
import org.jobline.aggregator.Inbound.SmsResult;
import org.jobline.config.AppConfig.SmsConfig;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.phone.PhoneNumbers;
import org.jobline.store.Store;
import org.jobline.store.Tx;
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

  /** Handles one text; {@code in.route()} is the provider its id belongs to. */
  public Future<SmsResult> receive(IncomingSms in) {
    return store.write(tx -> handle(tx, in.route(), in))
        .onSuccess(o -> log.info("inbound SMS {} from {}: {}", in.providerId(), PhoneNumbers.mask(in.phone()),
            o.wireName()));
  }

  private SmsResult handle(Tx tx, String provider, IncomingSms in) throws SQLException {
    long now = System.currentTimeMillis();
    long id = InboundLog.insert(tx, provider, in, now);
    if (id < 0) {
      return SmsResult.DUPLICATE;
    }
    Optional<Subscriber> subscriber = Subscribers.find(tx, in.phone());
    Command command = SmsParser.parse(in.text());
    Turn turn = new Turn(tx, id, in.phone(), subscriber, command,
        Turn.languageFor(subscriber, command, defaultLanguage), now);
    if (InboundLog.countSince(tx, in.phone(), now - HOUR) > sms.inboundPerHour()) {
      if (command.kind() == Command.Kind.STOP) {
        StopStartHandler.stop(turn);
      }
      return SmsResult.RATE_LIMITED;
    }
    Reply reply = router.handle(turn);
    if (reply.text() != null) {
      Long subscriberId = Subscribers.find(tx, in.phone()).map(Subscriber::id).orElse(null);
      outbox.enqueue(tx, new OutboundSms(in.phone(), subscriberId, null, reply.text(), reply.language(),
          reply.kind(), 0, null));
    }
    if (!reply.answered()) {
      return SmsResult.UNANSWERED;
    }
    InboundLog.setAnswered(tx, id, true);
    return SmsResult.ANSWERED;
  }
}
