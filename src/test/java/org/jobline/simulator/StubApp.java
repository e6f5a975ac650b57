package org.jobline.simulator;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny AT-compatible USSD/SMS app for tests: its USSD menu answers CON/END from the text, an
 * SMS "INSCRIRE ..." gets a reply sent through the fake aggregator, and it records every callback.
 */
final class StubApp {
  final List<MultiMap> ussd = new CopyOnWriteArrayList<>();
  final List<MultiMap> sms = new CopyOnWriteArrayList<>();
  final List<MultiMap> dlr = new CopyOnWriteArrayList<>();
  final List<String> secrets = new CopyOnWriteArrayList<>();
  private final Vertx vertx;
  private HttpServer server;
  /** Where the fake aggregator lives, for the SMS replies (set after the simulator starts). */
  volatile String aggregatorUrl;

  StubApp(Vertx vertx) {
    this.vertx = vertx;
  }

  String start() {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false));
    router.post("/aggregator/africastalking/ussd").handler(this::ussd);
    router.post("/aggregator/africastalking/sms").handler(this::sms);
    router.post("/aggregator/africastalking/dlr").handler(rc -> record(rc, dlr));
    server = SimTestSupport.await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
    return "http://127.0.0.1:" + server.actualPort();
  }

  private void record(RoutingContext rc, List<MultiMap> into) {
    secrets.add(rc.request().getParam("secret"));
    into.add(MultiMap.caseInsensitiveMultiMap().addAll(rc.request().formAttributes()));
    rc.response().end();
  }

  /** Menu: "" -> main menu; "1" -> region; "1*x" -> trade; "1*x*y" -> END registered; "2" -> END bye. */
  private void ussd(RoutingContext rc) {
    secrets.add(rc.request().getParam("secret"));
    ussd.add(MultiMap.caseInsensitiveMultiMap().addAll(rc.request().formAttributes()));
    String text = rc.request().getFormAttribute("text");
    String[] parts = text.isEmpty() ? new String[0] : text.split("\\*", -1);
    String reply = switch (parts.length) {
      case 0 -> "CON Bienvenue sur Jobline\n1 S'inscrire\n2 Quitter";
      case 1 -> parts[0].equals("1") ? "CON Choisissez la region\n1 Grand Lome\n2 Kara" : "END Au revoir";
      case 2 -> "CON Choisissez le metier\n1 Macon\n2 Soudeur";
      default -> "END Inscription enregistree (" + text + ")";
    };
    rc.response().putHeader("Content-Type", "text/plain").end(reply);
  }

  private void sms(RoutingContext rc) {
    record(rc, sms);
    String from = rc.request().getFormAttribute("from");
    String text = rc.request().getFormAttribute("text");
    if (aggregatorUrl != null && text.toUpperCase().startsWith("INSCRIRE")) {
      io.vertx.ext.web.client.WebClient.create(vertx)
          .postAbs(aggregatorUrl + "/simulator/at/version1/messaging")
          .putHeader("apiKey", "simulator")
          .sendForm(SimTestSupport.form("username", "sandbox", "to", from,
              "message", "Bienvenue! Vous êtes inscrit. Envoyez STOP pour arrêter."));
    }
  }

  void stop() {
    if (server != null) {
      SimTestSupport.await(server.close());
    }
  }
}
