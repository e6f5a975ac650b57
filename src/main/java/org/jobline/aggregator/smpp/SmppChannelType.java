package org.jobline.aggregator.smpp;

import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.ChannelType;
import org.jobline.aggregator.RouteSettings;

/** {@code type: smpp}: a bind straight to an operator's or aggregator's SMSC (SMPP 3.4). */
public final class SmppChannelType implements ChannelType {
  @Override
  public String type() {
    return "smpp";
  }

  @Override
  public Channel create(RouteSettings settings, ChannelContext context) {
    SmppSettings s = SmppSettings.from(settings, context.config().sms().shortCode());
    return new SmppRoute(s, context.vertx(), context.phones());
  }
}
