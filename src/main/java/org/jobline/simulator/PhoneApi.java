package org.jobline.simulator;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jobline.http.BadRequestException;
import org.jobline.http.Json;
import org.jobline.phone.PhoneNumbers;

/** The phones' JSON API: dial and answer USSD, hang up, send an SMS, read phones and inboxes. */
final class PhoneApi {
  private static final DateTimeFormatter AT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final PhoneNumbers numbers;
  private final Phones phones;
  private final JoblineLink link;
  private final Target target;
  private final String serviceCode;
  private final String shortCode;
  private final ZoneId zone;

  PhoneApi(PhoneNumbers numbers, Phones phones, JoblineLink link, Target target, String serviceCode,
           String shortCode, ZoneId zone) {
    this.numbers = numbers;
    this.phones = phones;
    this.link = link;
    this.target = target;
    this.serviceCode = serviceCode;
    this.shortCode = shortCode;
    this.zone = zone;
  }

  void ussd(RoutingContext rc) {
    JsonObject body = body(rc);
    Phone phone = phones.get(numbers.normalise(body.getValue("phone") instanceof String s ? s : null));
    Object rawInput = body.getValue("input");
    if (rawInput != null && !(rawInput instanceof String)) {
      throw new BadRequestException("input", "input must be a string of digits, * or #");
    }
    Phone.UssdSession current = phone.session();
    // No input is a dial: always a new session, never the one an earlier page left open.
    Phone.UssdSession next = current == null || rawInput == null
        ? new Phone.UssdSession("SIM" + UUID.randomUUID().toString().replace("-", ""), "")
        : current.append(rawInput == null ? "" : ((String) rawInput).strip());
    phone.session(next);
    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("sessionId", next.id()).add("serviceCode", serviceCode)
        .add("phoneNumber", phone.number()).add("networkCode", FakeAggregator.NETWORK_CODE).add("text", next.text());
    link.post(target.baseUrl(rc.request()), JoblineLink.USSD_PATH, form)
        .onSuccess(r -> Json.send(rc, 200, screen(phone, next, r)))
        .onFailure(e -> {
          phone.session(null);
          Json.send(rc, 200, new JsonObject().put("screen", "Erreur de connexion / Connection problem")
              .put("ended", true).put("sessionId", next.id()).put("error", String.valueOf(e.getMessage())));
        });
  }

  private static JsonObject screen(Phone phone, Phone.UssdSession session, HttpResponse<Buffer> r) {
    String body = r.bodyAsString() == null ? "" : r.bodyAsString();
    boolean continues = r.statusCode() == 200 && body.startsWith("CON ");
    String screen = body.startsWith("CON ") || body.startsWith("END ") ? body.substring(4) : body;
    JsonObject out = new JsonObject().put("ended", !continues).put("sessionId", session.id());
    if (r.statusCode() != 200) {
      out.put("error", "HTTP " + r.statusCode());
      screen = "Erreur " + r.statusCode() + " / Error";
    }
    if (!continues) {
      phone.session(null);
    }
    return out.put("screen", screen);
  }

  void hangup(RoutingContext rc) {
    Phone phone = phones.get(numbers.normalise(body(rc).getValue("phone") instanceof String s ? s : null));
    boolean had = phone.session() != null;
    phone.session(null);
    Json.send(rc, 200, new JsonObject().put("phone", phone.number()).put("hungUp", had));
  }

  /**
   * Another way in for the phones' texts (the test SMSC's deliver_sm when a route of type smpp is
   * bound to it): completes with the message id, or null when it cannot carry the text now (the
   * text then goes as Africa's Talking's callback).
   */
  interface SmsUplink {
    io.vertx.core.Future<String> send(String from, String text);
  }

  private volatile SmsUplink uplink;

  void uplink(SmsUplink uplink) {
    this.uplink = uplink;
  }

  private volatile PhoneModem modem;

  void modem(PhoneModem modem) {
    this.modem = modem;
  }

  void sms(RoutingContext rc) {
    JsonObject body = body(rc);
    Phone phone = phones.get(numbers.normalise(body.getValue("from") instanceof String s ? s : null));
    String text = body.getValue("text") instanceof String s ? s : null;
    if (text == null || text.isBlank()) {
      throw new BadRequestException("text", "text is required");
    }
    Object route = body.getValue("route");
    if (route != null && !"auto".equals(route) && !PhoneModem.VIA.equals(route)) {
      throw new BadRequestException("route", "route must be auto (the aggregator) or modem (the emulated GSM modem)");
    }
    if (PhoneModem.VIA.equals(route)) {
      PhoneModem.send(rc, modem, phone.number(), text);
      return;
    }
    SmsUplink other = uplink;
    if (other != null) {
      other.send(phone.number(), text).onComplete(ar -> {
        if (ar.succeeded() && ar.result() != null) {
          Json.send(rc, 200, new JsonObject().put("id", ar.result()).put("status", 200).put("via", "smpp"));
        } else {
          viaAt(rc, phone, text);
        }
      });
      return;
    }
    viaAt(rc, phone, text);
  }

  /** Whether the phones can text through the emulated modem, and its route's name. */
  void modemState(RoutingContext rc) {
    PhoneModem.state(rc, modem);
  }

  /** The text as Africa's Talking's incoming-SMS callback to Jobline. */
  private void viaAt(RoutingContext rc, Phone phone, String text) {
    String id = "SIM" + UUID.randomUUID().toString().replace("-", "");
    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("from", phone.number()).add("to", shortCode)
        .add("text", text).add("date", LocalDateTime.now(zone).format(AT_DATE)).add("id", id)
        .add("networkCode", FakeAggregator.NETWORK_CODE);
    link.post(target.baseUrl(rc.request()), JoblineLink.SMS_PATH, form)
        .onSuccess(r -> Json.send(rc, 200, new JsonObject().put("id", id).put("status", r.statusCode())))
        .onFailure(e -> Json.send(rc, 502, new JsonObject().put("id", id)
            .put("error", "Jobline did not answer: " + e.getMessage())));
  }

  void list(RoutingContext rc) {
    Json.send(rc, 200, new JsonObject().put("phones", phones.summary()));
  }

  void inbox(RoutingContext rc) {
    String number = numbers.normalise(rc.pathParam("phone"));
    Json.send(rc, 200, new JsonObject().put("phone", number)
        .put("messages", phones.find(number).map(Phone::inboxJson).orElse(new io.vertx.core.json.JsonArray())));
  }

  static JsonObject body(RoutingContext rc) {
    JsonObject body = rc.body() == null ? null : rc.body().asJsonObject();
    if (body == null) {
      throw new BadRequestException(null, "send a JSON object body");
    }
    return body;
  }
}
