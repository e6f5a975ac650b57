package org.jobline.simulator;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jobline.config.AppConfig.SimulatorConfig;
import org.jobline.http.BadRequestException;

/**
 * The fake carrier link's condition, switchable at run time: up, down (503 or refused), slow
 * (latency) or flaky (a share of requests fail with 503). Applied in front of the fake aggregator.
 */
public final class Network {
  static final Set<String> MODES = Set.of("up", "down", "slow", "flaky");

  /** A snapshot of the condition. {@code refuse}: when down, close connections instead of 503. */
  public record State(String mode, boolean refuse, int latencyMs, double failureRate) {
    JsonObject toJson() {
      return new JsonObject().put("mode", mode).put("refuse", refuse).put("latencyMs", latencyMs)
          .put("failureRate", failureRate);
    }
  }

  private volatile State state;

  public Network(SimulatorConfig config) {
    this.state = new State(config.network(), false, config.slowMs(), config.flakyRate());
  }

  public State state() {
    return state;
  }

  /** Applies {@code {"mode", "refuse"?, "latencyMs"?, "failureRate"?}}; unknown values are a 400. */
  public State change(JsonObject body) {
    if (body == null) {
      throw new BadRequestException("mode", "send a JSON body such as {\"mode\":\"down\"}");
    }
    String mode = body.getValue("mode") instanceof String s ? s.strip().toLowerCase() : null;
    if (mode == null || !MODES.contains(mode)) {
      throw new BadRequestException("mode", "mode must be one of up, down, slow, flaky");
    }
    State old = state;
    int latency = intIn(body, "latencyMs", old.latencyMs(), 120_000);
    double rate = body.getValue("failureRate") == null ? old.failureRate() : rate(body);
    boolean refuse = body.getValue("refuse") instanceof Boolean b ? b : false;
    state = new State(mode, refuse, latency, rate);
    return state;
  }

  /** The gate in front of the fake aggregator. */
  void gate(RoutingContext rc) {
    State s = state;
    switch (s.mode()) {
      case "down" -> {
        if (s.refuse()) {
          rc.request().connection().close();
        } else {
          unavailable(rc);
        }
      }
      case "slow" -> rc.vertx().setTimer(Math.max(1, s.latencyMs()), t -> rc.next());
      case "flaky" -> {
        if (ThreadLocalRandom.current().nextDouble() < s.failureRate()) {
          unavailable(rc);
        } else {
          rc.next();
        }
      }
      default -> rc.next();
    }
  }

  private static void unavailable(RoutingContext rc) {
    rc.response().setStatusCode(503).putHeader("Content-Type", "text/plain").end("Service Unavailable");
  }

  private static int intIn(JsonObject body, String key, int dflt, int max) {
    Object v = body.getValue(key);
    if (v == null) {
      return dflt;
    }
    if (!(v instanceof Number n) || n.intValue() < 0 || n.intValue() > max) {
      throw new BadRequestException(key, key + " must be a number between 0 and " + max);
    }
    return n.intValue();
  }

  private static double rate(JsonObject body) {
    Object v = body.getValue("failureRate");
    if (!(v instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
      throw new BadRequestException("failureRate", "failureRate must be a number between 0 and 1");
    }
    return n.doubleValue();
  }
}
