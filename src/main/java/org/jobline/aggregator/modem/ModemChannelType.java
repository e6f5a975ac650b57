package org.jobline.aggregator.modem;

import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.ChannelType;
import org.jobline.aggregator.RouteSettings;

/** Route type {@code modem}: a GSM modem with a SIM on a serial device, driven with AT commands in PDU mode. */
public final class ModemChannelType implements ChannelType {
  @Override
  public String type() {
    return "modem";
  }

  @Override
  public Channel create(RouteSettings settings, ChannelContext context) {
    return new ModemRoute(settings.name(), ModemSettings.read(settings), context.vertx(), context.phones());
  }
}
