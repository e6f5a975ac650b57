package org.jobline.aggregator.africastalking;

import java.util.Set;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.ChannelType;
import org.jobline.aggregator.RouteSettings;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigException;

/** {@code type: africastalking}: Africa's Talking's bulk SMS API out, its USSD, SMS, DLR and opt-out callbacks in. */
public final class AtChannelType implements ChannelType {
  static final String SANDBOX = "https://api.sandbox.africastalking.com";
  static final Set<String> KEYS = Set.of("baseUrl", "username", "apiKey", "senderId");

  @Override
  public String type() {
    return "africastalking";
  }

  @Override
  public Channel create(RouteSettings s, ChannelContext ctx) {
    s.allowOnly(KEYS);
    String base = s.url("baseUrl", SANDBOX);
    AppConfig.AfricasTalkingConfig account = account(s, null);
    if (ctx.config().production()) {
      s.required("apiKey");
      s.required("username");
      org.jobline.config.SecretStrength.requireHttps(s.key("baseUrl"), base);
    }
    return build(s, ctx, account, () -> base);
  }

  /** The account keys; {@code defaultApiKey} stands in for an empty apiKey (the simulator's). */
  static AppConfig.AfricasTalkingConfig account(RouteSettings s, String defaultApiKey) {
    String apiKey = s.string("apiKey", "");
    if (apiKey.isEmpty() && defaultApiKey != null) {
      apiKey = defaultApiKey;
    }
    String username = s.string("username", "sandbox");
    if (username.isEmpty()) {
      throw new ConfigException(s.key("username"), "must not be empty");
    }
    return new AppConfig.AfricasTalkingConfig(null, username, apiKey, s.string("senderId", ""));
  }

  static AtRoute build(RouteSettings s, ChannelContext ctx, AppConfig.AfricasTalkingConfig account,
                       java.util.function.Supplier<String> baseUrl) {
    AppConfig.OutboxConfig o = ctx.config().outbox();
    AtCallbacks callbacks = new AtCallbacks(s.name(), s.callbackPath(), s.secret(ctx), ctx.phones(),
        ctx.config().http().maxBodyBytes(), ctx.config().ussd().serviceCode());
    return new AtRoute(ctx.vertx(), account, baseUrl, o.recipientsPerRequest(), o.requestTimeoutMs(), o.maxInFlight(),
        s.name(), callbacks);
  }
}
