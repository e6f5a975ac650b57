package org.jobline.aggregator.kannel;

import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.ChannelType;
import org.jobline.aggregator.RouteSettings;

/** Routes of {@code type: kannel}: Jobline as an application of a Kannel smsbox (sendsms out, sms-service and DLRs in). */
public final class KannelChannelType implements ChannelType {
  @Override
  public String type() {
    return "kannel";
  }

  @Override
  public Channel create(RouteSettings settings, ChannelContext context) {
    return new KannelChannel(settings.name(), KannelSettings.read(settings, context), context);
  }
}
