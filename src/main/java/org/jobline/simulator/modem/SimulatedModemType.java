package org.jobline.simulator.modem;

import java.util.Set;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.ChannelType;
import org.jobline.aggregator.RouteSettings;
import org.jobline.aggregator.Routes;
import org.jobline.config.ConfigException;

/**
 * Route type {@code simulator-modem}: a GSM modem route on this gateway's own modem emulator, behind
 * a pseudo-terminal pair. Added as the route "modem" by {@code simulator.modem.link: true}; dev only.
 */
public final class SimulatedModemType implements ChannelType {
  @Override
  public String type() {
    return Routes.SIMULATED_MODEM_TYPE;
  }

  @Override
  public Channel create(RouteSettings s, ChannelContext ctx) {
    s.allowOnly(Set.of());
    if (ctx.config().production()) {
      throw new ConfigException(s.key("type"), "the emulated modem is for dev mode; production needs type: modem");
    }
    return new SimulatedModemRoute(s, ctx);
  }
}
