package org.jobline.simulator;

import io.vertx.core.Vertx;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.ZoneId;
import org.jobline.aggregator.kannel.KannelChannelType;
import org.jobline.config.AppConfig;
import org.jobline.http.Json;
import org.jobline.phone.PhoneNumbers;
import org.jobline.simulator.modem.SimulatedModemRoute;

/**
 * The whole simulator (fake aggregator, network switch, phones, browser page) mounted on a router:
 * inside the gateway in dev mode, or on its own server ({@code simulator} command).
 */
public final class Simulator {
  public static final String AT_BASE_PATH = "/simulator/at";

  /**
   * Connections to Jobline's callbacks. A bulk send of 10,000 alerts makes 10,000 delivery reports in a
   * few seconds; with the client's default 5 connections most of them timed out waiting for one (the
   * 15 s timeout counts that wait) and came back minutes later through the retries (issue 25's crash bench).
   */
  static final int CALLBACK_CONNECTIONS = 32;

  private final Phones phones = new Phones();
  private final Network network;
  private final FakeAggregator aggregator;
  private final FakeKannel kannel;
  private final PhoneApi api;
  private final Vertx vertx;
  private final long reportDelayMs;

  public Simulator(Vertx vertx, AppConfig config, PhoneNumbers numbers, Target target) {
    JoblineLink link = new JoblineLink(WebClient.create(vertx, new WebClientOptions(),
        new PoolOptions().setHttp1MaxSize(CALLBACK_CONNECTIONS)), config.aggregator().callbackSecret());
    this.network = new Network(config.simulator());
    DeliveryReports reports = new DeliveryReports(vertx, config.simulator(), link);
    this.aggregator = new FakeAggregator(config, numbers, phones, reports, target);
    this.kannel = new FakeKannel(vertx, config.simulator(), numbers, phones, reports, config.aggregator().callbackSecret(),
        target);
    this.vertx = vertx;
    this.reportDelayMs = config.simulator().dlrDelayMs();
    this.api = new PhoneApi(numbers, phones, link, target, config.ussd().serviceCode(), config.sms().shortCode(),
        ZoneId.of(config.locale().timeZone()));
  }

  public void mount(Router router) {
    router.route(AT_BASE_PATH + "/*").handler(network::gate);
    router.post(FakeAggregator.PATH).handler(aggregator::send);
    router.get(FakeAggregator.USER_PATH).handler(aggregator::user);
    router.route("/simulator/kannel/*").handler(network::gate);
    router.get(KannelChannelType.SIMULATOR_PATH).handler(kannel::sendsms);
    router.post(FakeKannel.MO_PATH).handler(kannel::mo);
    router.get("/simulator/api/network").handler(rc -> Json.send(rc, 200, network.state().toJson()));
    router.post("/simulator/api/network").handler(rc ->
        Json.send(rc, 200, network.change(PhoneApi.body(rc)).toJson()));
    router.post("/simulator/api/ussd").handler(api::ussd);
    router.post("/simulator/api/ussd/hangup").handler(api::hangup);
    router.post("/simulator/api/sms").handler(api::sms);
    router.get("/simulator/api/phones").handler(api::list);
    router.get("/simulator/api/modem").handler(api::modemState);
    router.get("/simulator/api/phones/:phone/inbox").handler(api::inbox);
    router.get("/simulator").handler(rc -> {
      if (rc.request().path().endsWith("/")) {
        rc.next();
      } else {
        rc.redirect("/simulator/");
      }
    });
    router.get("/simulator/*").handler(StaticHandler.create("webroot/simulator").setCachingEnabled(false));
  }

  /** Lets the phones' texts go another way in (the test SMSC's deliver_sm). */
  void smsUplink(PhoneApi.SmsUplink uplink) {
    api.uplink(uplink);
  }

  /** Lets the phones text through the emulated GSM modem and receive what its route sends. */
  void modem(SimulatedModemRoute route) {
    api.modem(new PhoneModem(vertx, phones, route, reportDelayMs));
  }

  public Phones phones() {
    return phones;
  }

  public Network network() {
    return network;
  }
}
