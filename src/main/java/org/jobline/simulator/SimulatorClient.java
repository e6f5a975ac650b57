package org.jobline.simulator;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Blocking calls to a simulator's JSON API, for the scenario runner (a CLI or test thread, never
 * an event loop).
 */
final class SimulatorClient {
  private static final long TIMEOUT_S = 30;
  private final WebClient client;
  private final String base;
  private final String root;

  SimulatorClient(WebClient client, String simulatorUrl) {
    this.client = client;
    this.base = simulatorUrl + "/simulator/api";
    this.root = simulatorUrl;
  }

  /** Runs the gateway's follow-up job as if {@code days} had passed (the simulator mounted in the gateway). */
  JsonObject followUps(double days) {
    return check(await(client.postAbs(root + "/simulator/followups?days=" + days).send()));
  }

  /** Makes a partner and its API key in the gateway (issue 21 scenarios: dev-mode hook of the trust feature). */
  JsonObject trustPartner(String name, boolean trusted) {
    return check(await(client.postAbs(root + "/simulator/trust/partner?name=" + q(name) + "&trusted=" + trusted).send()));
  }

  /** Plays agency staff: validate, suspend_vacancy (ref) or suspend_partner (partner name). */
  JsonObject trustStaff(String action, String ref, String partner) {
    String query = "?action=" + q(action) + (ref == null ? "" : "&ref=" + q(ref))
        + (partner == null ? "" : "&partner=" + q(partner));
    return check(await(client.postAbs(root + "/simulator/trust/staff" + query).send()));
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  JsonObject ussd(String phone, String input) {
    return post("/ussd", new JsonObject().put("phone", phone).put("input", input));
  }

  JsonObject hangup(String phone) {
    return post("/ussd/hangup", new JsonObject().put("phone", phone));
  }

  JsonObject sms(String from, String text) {
    JsonObject r = post("/sms", new JsonObject().put("from", from).put("text", text));
    if (r.getInteger("status", 0) / 100 != 2) {
      throw new IllegalStateException("Jobline answered HTTP " + r.getInteger("status") + " to the SMS");
    }
    return r;
  }

  JsonObject network(JsonObject body) {
    return post("/network", body);
  }

  JsonArray inbox(String phone) {
    String path = "/phones/" + URLEncoder.encode(phone, StandardCharsets.UTF_8) + "/inbox";
    return check(await(client.getAbs(base + path).send())).getJsonArray("messages");
  }

  private JsonObject post(String path, JsonObject body) {
    return check(await(client.postAbs(base + path).sendJsonObject(body)));
  }

  static JsonObject check(HttpResponse<Buffer> r) {
    JsonObject body;
    try {
      body = r.bodyAsJsonObject();
    } catch (RuntimeException e) {
      body = null;
    }
    if (r.statusCode() / 100 != 2 || body == null) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + (body == null ? r.bodyAsString() : body.encode()));
    }
    return body;
  }

  static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(TIMEOUT_S, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(String.valueOf(e.getCause().getMessage()), e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("no answer within " + TIMEOUT_S + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }
}
