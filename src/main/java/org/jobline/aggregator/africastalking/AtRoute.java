package org.jobline.aggregator.africastalking;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendFailures;
import org.jobline.aggregator.SendOutcome;
import io.vertx.ext.web.Router;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Inbound;
import org.jobline.config.AppConfig.AfricasTalkingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Africa's Talking bulk SMS route: {@code POST {baseUrl}/version1/messaging}, one text to many numbers. */
public final class AtRoute implements Channel {
  private static final Logger log = LoggerFactory.getLogger(AtRoute.class);

  private final WebClient client;
  private final AfricasTalkingConfig config;
  private final Supplier<String> baseUrl;
  private final int maxRecipients;
  private final long timeoutMs;
  private final String name;
  private final AtCallbacks callbacks;

  /**
   * {@code baseUrl} is read at each send, so a URL that is only known once the gateway listens
   * (the simulator's) can be given lazily. {@code timeoutMs} bounds the TCP connect (client
   * option) and the wait for each answer (idle timeout). Not {@code timeout()}: in Vert.x 5.0.7
   * it also arms a timer on every wait for a pooled connection, which races with the pool and
   * logs "Promise already completed" as an unhandled error under load (fixed upstream by vert.x
   * pull request 6170, after 5.0.7); the dispatcher never has more requests in flight than the
   * pool has connections, so nothing waits long for one.
   */
  public AtRoute(Vertx vertx, AfricasTalkingConfig config, Supplier<String> baseUrl, int maxRecipients,
                 int timeoutMs, int connections) {
    this(vertx, config, baseUrl, maxRecipients, timeoutMs, connections, "africastalking", null);
  }

  /** A route named {@code name} whose callbacks ({@code callbacks}, null for none) the gateway mounts. */
  AtRoute(Vertx vertx, AfricasTalkingConfig config, Supplier<String> baseUrl, int maxRecipients,
          int timeoutMs, int connections, String name, AtCallbacks callbacks) {
    WebClientOptions options = new WebClientOptions().setConnectTimeout(timeoutMs).setKeepAlive(true)
        .setUserAgent("Jobline");
    this.client = WebClient.create(vertx, options, new PoolOptions().setHttp1MaxSize(connections));
    this.config = config;
    this.baseUrl = baseUrl;
    this.maxRecipients = maxRecipients;
    this.timeoutMs = timeoutMs;
    this.name = name;
    this.callbacks = callbacks;
  }

  @Override
  public String name() {
    return name;
  }

  /** USSD reads its small form before the router's body handler: the busiest callback. */
  @Override
  public void mountFirst(Router router, Inbound inbound) {
    if (callbacks != null) {
      callbacks.mountUssd(router, inbound);
    }
  }

  @Override
  public void mount(Router router, Inbound inbound) {
    if (callbacks != null) {
      callbacks.mount(router, inbound);
    }
  }

  @Override
  public int maxRecipients() {
    return maxRecipients;
  }

  @Override
  public Future<List<SendOutcome>> send(String text, List<Recipient> to) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap()
        .add("username", config.username())
        .add("to", to.stream().map(Recipient::phone).collect(Collectors.joining(",")))
        .add("message", text)
        .add("bulkSMSMode", "1");
    if (config.senderId() != null && !config.senderId().isBlank()) {
      form.add("from", config.senderId());
    }
    Future<HttpResponse<Buffer>> response;
    try {
      response = client.postAbs(baseUrl.get() + "/version1/messaging")
          .putHeader("apiKey", config.apiKey())
          .putHeader("Accept", "application/json")
          .idleTimeout(timeoutMs)
          .sendForm(form);
    } catch (RuntimeException e) {
      return Future.succeededFuture(all(to.size(), SendOutcome.connectionFailed("bad base URL: " + e.getMessage())));
    }
    return response.map(r -> AtResponse.outcomes(r.statusCode(), r.bodyAsString(), to))
        .otherwise(e -> all(to.size(), SendFailures.outcome(e, describe(e))));
  }

  /** AT's account request ({@code GET /version1/user}): any answer but 404 or 502-504 means the link works. */
  @Override
  public Future<Boolean> reachable() {
    try {
      return client.getAbs(baseUrl.get() + "/version1/user")
          .addQueryParam("username", config.username())
          .putHeader("apiKey", config.apiKey())
          .putHeader("Accept", "application/json")
          .idleTimeout(timeoutMs)
          .send()
          .map(r -> !AtResponse.linkDown(r.statusCode()))
          .otherwise(false);
    } catch (RuntimeException e) {
      return Future.succeededFuture(false);
    }
  }

  @Override
  public Future<Void> close() {
    client.close();
    return Future.succeededFuture();
  }

  private static String describe(Throwable e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    log.debug("Africa's Talking unreachable: {}", msg);
    return "connection: " + msg;
  }

  static List<SendOutcome> all(int n, SendOutcome outcome) {
    return Collections.nCopies(n, outcome);
  }
}
