package org.jobline.aggregator.kannel;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.ArrayList;
import java.util.List;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendFailures;
import org.jobline.aggregator.SendOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A route through Kannel's smsbox: {@code sendsms} out, incoming SMS and delivery reports in. */
final class KannelChannel implements Channel {
  private static final Logger log = LoggerFactory.getLogger(KannelChannel.class);

  private final String name;
  private final KannelSettings settings;
  private final ChannelContext ctx;
  private final WebClient client;
  private final long timeoutMs;

  /**
   * The timeout bounds the connect (client option) and each wait for an answer (idle timeout),
   * not {@code timeout()}: see AtRoute for the Vert.x 5.0.7 pool race that one has.
   */
  KannelChannel(String name, KannelSettings settings, ChannelContext ctx) {
    this.name = name;
    this.settings = settings;
    this.ctx = ctx;
    this.timeoutMs = ctx.config().outbox().requestTimeoutMs();
    this.client = WebClient.create(ctx.vertx(), new WebClientOptions().setConnectTimeout((int) timeoutMs)
        .setKeepAlive(true).setUserAgent("Jobline"),
        new PoolOptions().setHttp1MaxSize(ctx.config().outbox().maxInFlight()));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int maxRecipients() {
    return settings.recipientsPerRequest();
  }

  @Override
  public Future<List<SendOutcome>> send(String text, List<Recipient> to) {
    if (to.size() > 1 && !SendSms.tagsDistinct(to)) {
      return oneByOne(text, to);
    }
    HttpRequest<Buffer> request;
    try {
      request = client.getAbs(sendsmsUrl()).idleTimeout(timeoutMs);
    } catch (RuntimeException e) {
      return Future.succeededFuture(SendSms.all(to,
          SendOutcome.connectionFailed("bad sendsms URL: " + e.getMessage())));
    }
    MultiMap query = SendSms.query(settings, text, to, callbackBase());
    query.forEach(request::addQueryParam);
    return request.send()
        .map(r -> SendSms.outcomes(r.statusCode(), r.bodyAsString(), to))
        .otherwise(e -> SendSms.all(to, SendFailures.outcome(e, describe(e))));
  }

  /** Two numbers whose tags collide cannot share a dlr-url: one request each (rare). */
  private Future<List<SendOutcome>> oneByOne(String text, List<Recipient> to) {
    List<Future<List<SendOutcome>>> each = new ArrayList<>(to.size());
    for (Recipient r : to) {
      each.add(send(text, List.of(r)));
    }
    return Future.join(each).map(all -> {
      List<SendOutcome> out = new ArrayList<>(to.size());
      each.forEach(f -> out.addAll(f.result()));
      return out;
    });
  }

  /**
   * A sendsms request without a receiver: "Missing receiver" (400) means smsbox answers and takes
   * our credentials; 403, 5xx or no answer mean the link is down.
   */
  @Override
  public Future<Boolean> reachable() {
    try {
      return client.getAbs(sendsmsUrl()).idleTimeout(timeoutMs)
          .addQueryParam("username", settings.username()).addQueryParam("password", settings.password())
          .send()
          .map(r -> r.statusCode() == 400 || r.statusCode() / 100 == 2)
          .otherwise(false);
    } catch (RuntimeException e) {
      return Future.succeededFuture(false);
    }
  }

  @Override
  public void mount(Router router, Inbound inbound) {
    new KannelCallbacks(name, settings.callbackPath(), settings.secret(), ctx.phones(), inbound).mount(router);
  }

  @Override
  public JsonObject status() {
    return new JsonObject().put("sendsms", settings.simulator() ? "simulator" : settings.sendsmsUrl());
  }

  @Override
  public Future<Void> close() {
    client.close();
    return Future.succeededFuture();
  }

  private String sendsmsUrl() {
    return settings.simulator() ? ctx.selfUrl().get() + KannelSettings.SIMULATOR_PATH : settings.sendsmsUrl();
  }

  /** Where Kannel reaches us for delivery reports: the configured URL, else this gateway's own. */
  private String callbackBase() {
    return settings.callbackUrl() != null ? settings.callbackUrl() : ctx.selfUrl().get();
  }

  private static String describe(Throwable e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    log.debug("Kannel unreachable: {}", msg);
    return "connection: " + msg;
  }
}
