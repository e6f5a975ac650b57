package org.jobline.aggregator.kannel;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jobline.aggregator.CallbackSecret;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.aggregator.Inbound;
import org.jobline.http.BadRequestException;
import org.jobline.phone.InvalidPhoneNumberException;
import org.jobline.phone.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kannel calls us: incoming SMS from its sms-service ({@code get-url} or {@code post-url}) and
 * delivery reports from our dlr-url, both with {@code ?secret=}. Every answer is 200 with an empty
 * body, so Kannel has nothing to send back as an SMS (replies go through the outbox); what became
 * of the call is in the {@code X-Jobline-Result} header, for people reading Kannel's logs.
 */
final class KannelCallbacks {
  private static final Logger log = LoggerFactory.getLogger(KannelCallbacks.class);
  /** Under the route's callbackPath ({@code /aggregator/kannel} by default). */
  static final String MO = "/mo";
  static final String DLR = "/dlr";
  static final String RESULT_HEADER = "X-Jobline-Result";
  private static final int REASON_MAX = 160;
  private static final String QUERY = "kannel.query";

  private final String route;
  private final String path;
  private final CallbackSecret secret;
  private final PhoneNumbers phones;
  private final Inbound inbound;

  KannelCallbacks(String route, String path, String secret, PhoneNumbers phones, Inbound inbound) {
    this.route = route;
    this.path = path;
    this.secret = new CallbackSecret(secret);
    this.phones = phones;
    this.inbound = inbound;
  }

  void mount(Router router) {
    router.get(path + MO).handler(KannelCallbacks::query).handler(secret).handler(this::mo);
    router.post(path + MO).handler(KannelCallbacks::query).handler(secret).handler(this::mo);
    router.get(path + DLR).handler(KannelCallbacks::query).handler(secret).handler(this::dlr);
    router.post(path + DLR).handler(KannelCallbacks::query).handler(secret).handler(this::dlr);
  }

  /** Decodes the query first: a broken escape is a 400 here, not a failure when the secret is read. */
  private static void query(RoutingContext rc) {
    rc.put(QUERY, CgiQuery.parse(rc.request().query()));
    rc.next();
  }

  /** {@code from=%p&to=%P&text=%b&id=%I&coding=%c&charset=%C&time=%T}; with post-url the text may be the body. */
  private void mo(RoutingContext rc) {
    CgiQuery q = rc.get(QUERY);
    String id = required(q, "id");
    String phone = phone(required(q, "from"));
    byte[] raw = q.bytes("text");
    if (raw == null && rc.body() != null && rc.body().buffer() != null) {
      raw = rc.body().buffer().getBytes();
    }
    String charset = q.string("charset") != null ? q.string("charset")
        : rc.parsedHeaders().contentType().parameter("charset");
    String text = MoText.decode(raw == null ? new byte[0] : raw, q.string("coding"), charset);
    Inbound.IncomingSms sms = new Inbound.IncomingSms(route, id, phone, text, q.string("to"), timeMs(q));
    inbound.sms(sms).onSuccess(result -> answer(rc, result.wireName())).onFailure(rc::fail);
  }

  /** {@code id=<key>&to=%p&type=%d&reply=%A&time=%T}: the key and the number give our provider id. */
  private void dlr(RoutingContext rc) {
    CgiQuery q = rc.get(QUERY);
    String key = required(q, "id");
    String to = required(q, "to");
    String type = required(q, "type");
    if (!key.matches("[0-9]{1,19}") || !type.matches("[0-9]{1,3}")) {
      throw new BadRequestException("id", "id and type must be numbers");
    }
    DlrTypes.Type t = DlrTypes.TABLE.get(Integer.parseInt(type));
    if (t == null) {
      log.warn("Kannel delivery report of unknown type {} for request {}: ignored", type, key);
      answer(rc, "ignored");
      return;
    }
    String providerId = KannelIds.providerId(Long.parseLong(key), to);
    String reason = t.status() == DeliveryStatus.FAILED ? reply(q) : null;
    // now, not %T: Kannel gives the message's submission time there, not the report's
    long now = System.currentTimeMillis();
    // The phone lets a report confirm a message whose send answer was lost (unconfirmed, by route and phone).
    String phone;
    try {
      phone = phone(to);
    } catch (InvalidPhoneNumberException e) {
      phone = null;
    }
    inbound.report(new Inbound.DeliveryReport(route, providerId, t.status(), t.word(), reason, false, now, phone, null))
        .onSuccess(known -> answer(rc, known ? "known" : "kept"))
        .onFailure(rc::fail);
  }

  private static void answer(RoutingContext rc, String result) {
    rc.response().setStatusCode(200).putHeader("Content-Type", "text/plain; charset=utf-8")
        .putHeader(RESULT_HEADER, result).end();
  }

  /** E.164 from Kannel's {@code %p}, which may come without its '+'. */
  private String phone(String raw) {
    try {
      return phones.normalise(raw);
    } catch (InvalidPhoneNumberException e) {
      if (raw.matches("[0-9]{10,15}")) {
        return phones.normalise("+" + raw);
      }
      throw e;
    }
  }

  private static String reply(CgiQuery q) {
    String r = q.string("reply");
    return r == null ? null : r.length() > REASON_MAX ? r.substring(0, REASON_MAX) : r;
  }

  /** Kannel's {@code %T} on an incoming SMS (epoch seconds, when the SMSC gave it), else now. */
  private static long timeMs(CgiQuery q) {
    String t = q.string("time");
    return t != null && t.matches("[0-9]{1,12}") ? Long.parseLong(t) * 1000 : System.currentTimeMillis();
  }

  private static String required(CgiQuery q, String name) {
    String v = q.string(name);
    if (v == null) {
      throw new BadRequestException(name, name + " is required");
    }
    return v;
  }
}
