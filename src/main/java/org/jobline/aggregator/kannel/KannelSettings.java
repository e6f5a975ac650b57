package org.jobline.aggregator.kannel;

import java.util.Set;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.RouteSettings;
import org.jobline.config.ConfigException;

/**
 * A Kannel route's keys ({@code routes.<name>.*}), checked once at start. With {@code simulator:
 * true} the route talks to the gateway's built-in Kannel simulator (dev mode only).
 */
record KannelSettings(String sendsmsUrl, String username, String password, String from, String smsc, int dlrMask,
                      int recipientsPerRequest, String callbackUrl, String callbackPath, String secret,
                      boolean simulator) {
  /** The route's own keys, besides the common type, callbackPath and secret. */
  static final Set<String> KEYS = Set.of("sendsmsUrl", "username", "password", "from", "smsc", "dlrMask",
      "recipientsPerRequest", "callbackUrl", "simulator");
  static final String DEFAULT_SENDSMS_URL = "http://127.0.0.1:13013/cgi-bin/sendsms";
  static final String SIMULATOR_PATH = KannelChannelType.SIMULATOR_PATH;
  static final String SIMULATOR_USER = KannelChannelType.SIMULATOR_USER;

  static KannelSettings read(RouteSettings s, ChannelContext ctx) {
    s.allowOnly(KEYS);
    boolean simulator = s.bool("simulator", false);
    if (simulator && ctx.config().production()) {
      throw new ConfigException(s.key("simulator"), "the built-in simulator does not run in production mode");
    }
    String url = simulator ? null : s.url("sendsmsUrl", DEFAULT_SENDSMS_URL);
    String user = simulator ? s.string("username", SIMULATOR_USER) : s.required("username");
    String password = simulator ? s.string("password", SIMULATOR_USER) : s.required("password");
    String callbackUrl = s.string("callbackUrl", "").isEmpty() ? null : s.url("callbackUrl", null);
    return new KannelSettings(url, user, password, s.string("from", ctx.config().sms().shortCode()),
        s.string("smsc", ""), s.integer("dlrMask", 31, 0, 31), s.integer("recipientsPerRequest", 50, 1, 500),
        callbackUrl, s.callbackPath(), s.secret(ctx), simulator);
  }
}
