package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.jobline.config.AppConfig;
import org.jobline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A route may answer before {@code send} returns (an in-process route, a URL refused on the spot).
 * The dispatcher must then not call itself back once per queued request: thousands of them would
 * overflow the stack and leave rows stuck in 'sending' until the next start.
 */
class SynchronousRouteTest {
  private static final int MESSAGES = 6_000;

  @TempDir
  Path tmp;
  private final Vertx vertx = Vertx.vertx();
  private Store store;

  @AfterEach
  void close() {
    // the dispatcher first, as the gateway stops: then it no longer hands the store work while it closes
    for (String id : vertx.deploymentIDs()) {
      await(vertx.undeploy(id));
    }
    if (store != null) {
      await(store.close());
    }
    await(vertx.close());
  }

  @Test
  void aRouteThatAnswersAtOnceDrainsTheWholeQueue() {
    AtomicInteger sends = new AtomicInteger();
    Channel instant = route(to -> {
      sends.incrementAndGet();
      return to.stream().<SendOutcome>map(r -> new SendOutcome.Accepted("id-" + r.outboxId(), "101 Success")).toList();
    });
    deploy(instant, 50);
    queue(MESSAGES);
    waitUntil(() -> count("status = 'sent'") == MESSAGES);
    assertThat(count("status <> 'sent'")).isZero();
    assertThat(sends.get()).isEqualTo(MESSAGES);
  }

  @Test
  void aRouteThatFailsAtOnceOpensTheBreakerAndKeepsEveryMessage() {
    AtomicInteger sends = new AtomicInteger();
    Channel refused = route(to -> {
      sends.incrementAndGet();
      return to.stream().<SendOutcome>map(r -> SendOutcome.connectionFailed("connection refused")).toList();
    });
    deploy(refused, 5); // the breaker, not a long series of recursive sends, stops the attempts
    queue(MESSAGES);
    waitUntil(() -> count("status = 'queued'") == MESSAGES);
    assertThat(sends.get()).isLessThan(20);
    assertThat(count("status = 'failed'")).isZero();
  }

  private void deploy(Channel route, int breakerThreshold) {
    store = await(Store.open(vertx, new AppConfig.StoreConfig(tmp.resolve("outbox.db").toString(), 5000, 2)));
    AppConfig.OutboxConfig config = new AppConfig.OutboxConfig(MESSAGES, 20, 5, 60_000, 60_000, 0,
        breakerThreshold, 60_000, 1000, 1, 16);
    await(vertx.deployVerticle(new Dispatcher(store, route, config, QuietHours.parse("off", ZoneOffset.UTC),
        Clock.systemUTC())));
  }

  private void queue(int n) {
    Outbox outbox = new Outbox(new AppConfig.SmsConfig("8888", true, 15.0, "XOF", 100, 24));
    await(store.write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement(Outbox.insertSql())) {
        for (int i = 0; i < n; i++) {
          outbox.bind(p, new OutboundSms(String.format("+2289%07d", i), null, null, "Offre " + i, "fr",
              OutboundSms.Kind.REPLY, 0, null));
          p.addBatch();
        }
        p.executeBatch();
      }
      return null;
    }));
  }

  private long count(String where) {
    return await(store.read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE " + where);
           ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }));
  }

  private static void waitUntil(java.util.function.BooleanSupplier done) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static Channel route(java.util.function.Function<List<Recipient>, List<SendOutcome>> answer) {
    return new Channel() {
      @Override
      public String name() {
        return "instant";
      }

      @Override
      public int maxRecipients() {
        return 1;
      }

      @Override
      public Future<List<SendOutcome>> send(String text, List<Recipient> to) {
        return Future.succeededFuture(answer.apply(to));
      }
    };
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
