package org.jobline.aggregator.kannel;

import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.ChannelType;
import org.jobline.aggregator.RouteSettings;

/** Routes of {@code type: kannel}: Jobline as an application of Kannel's smsbox (sendsms out; sms-service, DLRs in). */
public final class KannelChannelType implements ChannelType {
  /** Kannel's sendsms on the built-in simulator (dev mode, {@code simulator: true}). */
  public static final String SIMULATOR_PATH = "/simulator/kannel/cgi-bin/sendsms";
  /** The sendsms-user (name and password) the built-in simulator accepts unless the route sets its own. */
  public static final String SIMULATOR_USER = "simulator";
  /** Where the route's incoming SMS arrive unless it sets callbackPath: the simulator's phones post there. */
  public static final String DEFAULT_MO_PATH = "/aggregator/kannel/mo";

  @Override
  public String type() {
    return "kannel";
  }

  @Override
  public Channel create(RouteSettings settings, ChannelContext context) {
    return new KannelChannel(settings.name(), KannelSettings.read(settings, context), context);
  }
}
