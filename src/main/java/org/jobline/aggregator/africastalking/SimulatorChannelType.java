package org.jobline.aggregator.africastalking;

import java.util.Set;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.ChannelType;
import org.jobline.aggregator.RouteSettings;
import org.jobline.config.ConfigException;

/**
 * {@code type: simulator}: the Africa's Talking route pointed at this gateway's own built-in
 * simulator ({@code /simulator/at}), resolved at each send since the port is known only once the
 * server listens. Dev mode only.
 */
public final class SimulatorChannelType implements ChannelType {
  /** Where the built-in simulator answers the AT messaging API on this gateway. */
  public static final String SIMULATOR_PATH = "/simulator/at";
  /** The API key the built-in simulator accepts when the route sets none. */
  public static final String SIMULATOR_API_KEY = "simulator";

  @Override
  public String type() {
    return "simulator";
  }

  /** The built-in phones speak Africa's Talking to its paths. */
  @Override
  public String defaultCallbackPath() {
    return "/aggregator/africastalking";
  }

  @Override
  public Channel create(RouteSettings s, ChannelContext ctx) {
    s.allowOnly(Set.of("username", "apiKey", "senderId"));
    if (ctx.config().production()) {
      throw new ConfigException(s.key("type"), "simulator is for dev mode; production needs a real route such as africastalking");
    }
    return AtChannelType.build(s, ctx, AtChannelType.account(s, SIMULATOR_API_KEY),
        () -> ctx.selfUrl().get() + SIMULATOR_PATH);
  }
}
