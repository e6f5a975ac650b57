package org.jobline.aggregator.kannel;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.ChannelContext;
import org.jobline.aggregator.RouteSettings;
import org.jobline.config.AppConfig;
import org.jobline.phone.PhoneNumbers;
import org.jobline.testing.TestConfig;

/** Builds Kannel channels for tests the way the core does: route settings plus a channel context. */
final class KannelTestKit {
  static final String SECRET = "s3cr&t";

  private KannelTestKit() {}

  static ChannelContext context(Vertx vertx, String selfUrl, Map<String, String> env) {
    AppConfig config = TestConfig.load(Path.of("target", "kannel-unused"), env);
    return new ChannelContext(vertx, config, new PhoneNumbers(config.locale().country()), SECRET, () -> selfUrl);
  }

  static Channel channel(ChannelContext ctx, Map<String, String> keys) {
    Map<String, String> all = new HashMap<>(keys);
    all.put("type", "kannel");
    return new KannelChannelType().create(new RouteSettings("kannel", all), ctx);
  }
}
