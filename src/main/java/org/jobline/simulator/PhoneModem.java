package org.jobline.simulator;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jobline.aggregator.modem.SmsSubmit;
import org.jobline.aggregator.modem.UserData;
import org.jobline.http.Json;
import org.jobline.simulator.modem.EmulatedSim;
import org.jobline.simulator.modem.SimulatedModemRoute;

/**
 * The simulated phones on the emulated GSM modem ({@code simulator.modem.link}): a phone's text is
 * stored on the emulated SIM as an SMS-DELIVER and announced ({@code +CMTI}) to the modem route;
 * what the route sends ({@code AT+CMGS}) lands in the phone's inbox, parts joined, and is reported
 * delivered ({@code +CDS}) after {@code simulator.dlrDelayMs}.
 */
final class PhoneModem {
  static final String VIA = "modem";

  private final Vertx vertx;
  private final Phones phones;
  private final SimulatedModemRoute route;
  private final long reportDelayMs;
  /** Parts of long messages still waiting for their siblings, by recipient and concatenation reference. */
  private final Map<String, String[]> partial = new HashMap<>();

  PhoneModem(Vertx vertx, Phones phones, SimulatedModemRoute route, long reportDelayMs) {
    this.vertx = vertx;
    this.phones = phones;
    this.route = route;
    this.reportDelayMs = Math.max(1, reportDelayMs);
    route.onSent(this::sent);
  }

  /** Whether texts can go through the modem now (socat was there at start). */
  boolean linked() {
    return route.linked();
  }

  /**
   * POST /simulator/api/sms with {@code route: modem}: the text as an SMS-DELIVER on the emulated SIM,
   * read by the modem route (+CMTI, AT+CMGR); 503 with what to set when the modem is not linked.
   */
  static void send(RoutingContext rc, PhoneModem m, String from, String text) {
    if (m == null || !m.linked()) {
      Json.send(rc, 503, new JsonObject().put("error", "Le modem simulé n'est pas branché (simulator.modem.link: true "
          + "et socat) / The emulated modem is not linked (simulator.modem.link: true and socat)"));
      return;
    }
    m.store(from, text).onComplete(ar -> {
      if (ar.succeeded() && ar.result() != null) {
        Json.send(rc, 200, new JsonObject().put("id", ar.result()).put("status", 200).put("via", VIA));
      } else {
        Json.send(rc, 503, new JsonObject().put("error", "Le modem simulé ne répond pas / The emulated modem did not take it"));
      }
    });
  }

  /** GET /simulator/api/modem: whether the phones can text through the emulated modem, and its route's name. */
  static void state(RoutingContext rc, PhoneModem m) {
    Json.send(rc, 200, new JsonObject().put("linked", m != null && m.linked()).put("route", m == null ? null : m.route.name()));
  }

  /** The phone's text onto the emulated SIM; completes with an id, or null when the modem is not linked. */
  private Future<String> store(String from, String text) {
    return vertx.executeBlocking(() -> route.receive(from, text) ? "MODEM" + UUID.randomUUID().toString().replace("-", "")
        : null, false);
  }

  /** On the emulator's thread: one part the route sent. */
  private void sent(EmulatedSim.Sent s) {
    SmsSubmit submit = s.submit();
    UserData ud = submit.userData();
    String text = join(submit.to(), ud);
    if (text == null) {
      return;
    }
    int parts = ud.concat() == null ? 1 : ud.concat().total();
    InboxMessage m = new InboxMessage("CMGS-" + s.mr() + "-" + System.nanoTime(), text, System.currentTimeMillis(),
        ud.ucs2() ? "UCS2" : "GSM7", parts, VIA);
    phones.deliver(submit.to(), m);
    if (submit.statusReport()) {
      vertx.setTimer(reportDelayMs, t -> vertx.executeBlocking(() -> {
        route.delivered(s.mr(), submit.to());
        m.status("Success");
        return null;
      }, false));
    }
  }

  /** The whole text once every part is in, else null. */
  private synchronized String join(String to, UserData ud) {
    UserData.Concat c = ud.concat();
    if (c == null) {
      return ud.text();
    }
    String key = to + "#" + c.reference();
    String[] got = partial.computeIfAbsent(key, k -> new String[c.total()]);
    if (c.sequence() < 1 || c.sequence() > got.length) {
      return null;
    }
    got[c.sequence() - 1] = ud.text();
    for (String part : got) {
      if (part == null) {
        return null;
      }
    }
    partial.remove(key);
    return String.join("", got);
  }
}
