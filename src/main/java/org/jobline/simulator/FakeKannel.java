package org.jobline.simulator;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jobline.aggregator.kannel.KannelChannelType;
import org.jobline.config.AppConfig.SimulatorConfig;
import org.jobline.gsm.Gsm7;
import org.jobline.phone.InvalidPhoneNumberException;
import org.jobline.phone.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kannel's smsbox, faked for a {@code type: kannel} route with {@code simulator: true}: answers
 * {@code GET /cgi-bin/sendsms} as Kannel does, puts each message in the phone's inbox and calls
 * the request's {@code dlr-url} with Kannel's escapes (%p %d %A %T) filled in; and plays a phone's
 * SMS through Kannel's sms-service ({@code POST /simulator/kannel/mo} from, text).
 */
final class FakeKannel {
  private static final Logger log = LoggerFactory.getLogger(FakeKannel.class);
  static final String MO_PATH = "/simulator/kannel/mo";

  private final Vertx vertx;
  private final WebClient client;
  private final SimulatorConfig config;
  private final PhoneNumbers numbers;
  private final Phones phones;
  private final DeliveryReports outcomes;
  private final String secret;
  private final Target target;
  private final AtomicLong ids = new AtomicLong();

  FakeKannel(Vertx vertx, SimulatorConfig config, PhoneNumbers numbers, Phones phones, DeliveryReports outcomes,
             String secret, Target target) {
    this.target = target;
    this.vertx = vertx;
    this.client = WebClient.create(vertx);
    this.config = config;
    this.numbers = numbers;
    this.phones = phones;
    this.outcomes = outcomes;
    this.secret = secret == null ? "" : secret;
  }

  void sendsms(RoutingContext rc) {
    MultiMap q = rc.queryParams();
    if (!KannelChannelType.SIMULATOR_USER.equals(q.get("username"))
        || !KannelChannelType.SIMULATOR_USER.equals(q.get("password"))) {
      answer(rc, 403, "Authorization failed for sendsms");
      return;
    }
    String to = q.get("to");
    String text = q.get("text");
    if (to == null || to.isBlank() || text == null) {
      answer(rc, 400, to == null || to.isBlank() ? "Missing receiver number, rejected" : "Missing text, rejected");
      return;
    }
    Gsm7.Cost cost = Gsm7.cost(text);
    int mask = q.get("dlr-mask") == null ? 0 : Integer.parseInt(q.get("dlr-mask").strip());
    for (String raw : to.strip().split("\\s+")) {
      deliver(raw, text, cost, mask, q.get("dlr-url"));
    }
    answer(rc, 202, "0: Accepted for delivery");
  }

  private void deliver(String raw, String text, Gsm7.Cost cost, int mask, String dlrUrl) {
    String number;
    try {
      number = numbers.normalise(raw);
    } catch (InvalidPhoneNumberException e) {
      return; // an SMSC would reject it: type 16 below
    }
    InboxMessage m = new InboxMessage("kannel-" + ids.incrementAndGet(), text, System.currentTimeMillis(),
        cost.encoding().name(), cost.segments());
    phones.deliver(number, m);
    if (dlrUrl == null || mask == 0) {
      return;
    }
    report(dlrUrl, raw, mask, 8, "ACK/", null);
    long delay = Math.max(1, config.dlrDelayMs());
    switch (outcomes.draw()) {
      case SUCCESS -> vertx.setTimer(delay, t -> report(dlrUrl, raw, mask, 1, "", m));
      case FAILED -> vertx.setTimer(delay, t -> report(dlrUrl, raw, mask, 2, config.failureReason(), m));
      case BUFFERED_THEN_SUCCESS -> vertx.setTimer(delay, t -> {
        report(dlrUrl, raw, mask, 4, "", m);
        vertx.setTimer(delay, t2 -> report(dlrUrl, raw, mask, 1, "", m));
      });
    }
  }

  /** Calls the dlr-url of one message with Kannel's escapes replaced, when the mask asks for that type. */
  private void report(String dlrUrl, String number, int mask, int type, String reply, InboxMessage m) {
    if ((mask & type) == 0) {
      return;
    }
    if (m != null) {
      m.status(type == 1 ? "Success" : type == 4 ? "Buffered" : "Failed");
    }
    String url = dlrUrl.replace("%%", "\u0000").replace("%p", enc(number)).replace("%d", Integer.toString(type))
        .replace("%A", enc(reply)).replace("%T", Long.toString(System.currentTimeMillis() / 1000))
        .replace("\u0000", "%");
    client.getAbs(url).send()
        .onSuccess(r -> {
          if (r.statusCode() / 100 != 2) {
            log.warn("Kannel-style DLR {} for {} answered {}", type, PhoneNumbers.mask(number), r.statusCode());
          }
        })
        .onFailure(e -> log.warn("Kannel-style DLR {} for {} not delivered: {}", type, PhoneNumbers.mask(number),
            e.getMessage()));
  }

  /** A phone's SMS as Kannel's sms-service hands it over: the shipped get-url's fields, UCS-2 as raw bytes. */
  void mo(RoutingContext rc) {
    io.vertx.core.json.JsonObject body = PhoneApi.body(rc);
    String from = numbers.normalise(body.getString("from"));
    String text = body.getString("text", "");
    boolean gsm = Gsm7.fits(text);
    String bytes = gsm ? enc(text) : raw(text.getBytes(StandardCharsets.UTF_16BE));
    String url = target.baseUrl(rc.request()) + KannelChannelType.DEFAULT_MO_PATH + "?secret=" + enc(secret) + "&from="
        + enc(from) + "&to=" + enc(body.getString("to", "8888")) + "&text=" + bytes + "&id=" + UUID.randomUUID()
        + "&coding=" + (gsm ? "0" : "2") + "&charset=" + (gsm ? "UTF-8" : "UTF-16BE")
        + "&time=" + System.currentTimeMillis() / 1000;
    client.getAbs(url).send()
        .onSuccess(r -> rc.response().setStatusCode(r.statusCode() / 100 == 2 ? 200 : 502)
            .putHeader("Content-Type", "application/json")
            .end(new io.vertx.core.json.JsonObject().put("status", r.statusCode())
                .put("result", r.getHeader("X-Jobline-Result")).encode()))
        .onFailure(rc::fail);
  }

  private static void answer(RoutingContext rc, int status, String text) {
    rc.response().setStatusCode(status).putHeader("Content-Type", "text/html").end(text);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  private static String raw(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
          .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
    }
    return out.toString();
  }
}
