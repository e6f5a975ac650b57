package org.jobline.aggregator;

import java.util.Map;
import java.util.function.Function;
import org.jobline.aggregator.africastalking.AtRoute;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigException;
import org.jobline.core.AppContext;

/** The route registry: {@code aggregator.type} -> the route that carries our SMS. Adding a route is one line. */
public final class SmsRoutes {
  /** Where the built-in simulator answers the AT messaging API on this gateway. */
  public static final String SIMULATOR_PATH = "/simulator/at";
  /** The API key the built-in simulator accepts when aggregator.africastalking.apiKey is empty. */
  public static final String SIMULATOR_API_KEY = "simulator";

  private static final Map<String, Function<AppContext, SmsRoute>> ROUTES = Map.of(
      "africastalking", ctx -> africasTalking(ctx, ctx.config().aggregator().africastalking().baseUrl()),
      "simulator", ctx -> africasTalking(ctx, null));

  private SmsRoutes() {}

  public static SmsRoute create(AppContext ctx) {
    String type = ctx.config().aggregator().type();
    Function<AppContext, SmsRoute> factory = ROUTES.get(type);
    if (factory == null) {
      throw new ConfigException("aggregator.type", "no route named '" + type + "'");
    }
    return factory.apply(ctx);
  }

  /** The AT route; with a null {@code fixedUrl} it calls this gateway's simulator, resolved at each send. */
  private static SmsRoute africasTalking(AppContext ctx, String fixedUrl) {
    AppConfig.OutboxConfig o = ctx.config().outbox();
    String base = fixedUrl == null ? null : stripSlash(fixedUrl);
    AppConfig.AfricasTalkingConfig at = ctx.config().aggregator().africastalking();
    if (fixedUrl == null && (at.apiKey() == null || at.apiKey().isBlank())) {
      at = new AppConfig.AfricasTalkingConfig(at.baseUrl(), at.username(), SIMULATOR_API_KEY, at.senderId());
    }
    return new AtRoute(ctx.vertx(), at,
        base != null ? () -> base : () -> ctx.localPort().loopbackUrl() + SIMULATOR_PATH,
        o.recipientsPerRequest(), o.requestTimeoutMs(), o.maxInFlight());
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
