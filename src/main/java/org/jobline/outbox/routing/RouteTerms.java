package org.jobline.outbox.routing;

import java.util.ArrayList;
import java.util.List;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.RouteSettings;
import org.jobline.config.ConfigException;

/**
 * A route's routing terms, from the keys every route has: its cost per segment
 * ({@code routes.<name>.costPerSegment}, default {@code sms.costPerSegment}), the number prefixes it
 * may carry ({@code routes.<name>.prefixes}, empty: any number) and whether it takes alerts.
 */
public record RouteTerms(String name, double costPerSegment, List<String> prefixes, boolean acceptsAlerts) {
  public RouteTerms {
    prefixes = List.copyOf(prefixes);
  }

  static RouteTerms of(Channel channel, RouteSettings settings, double defaultCost) {
    double cost = settings.decimal("costPerSegment", defaultCost, 0, 1_000_000);
    List<String> prefixes = new ArrayList<>();
    for (String p : settings.string("prefixes", "").split(",")) {
      String prefix = p.strip().replace(" ", "");
      if (prefix.isEmpty()) {
        continue;
      }
      if (!prefix.matches("\\+[0-9]{1,14}")) {
        throw new ConfigException(settings.key("prefixes"), "a prefix is + and 1-14 digits, e.g. \"+22890, +22891\" (got '"
            + prefix + "')");
      }
      prefixes.add(prefix);
    }
    return new RouteTerms(channel.name(), cost, prefixes, channel.acceptsAlerts());
  }

  /** Whether this route may carry a text to {@code phone} (E.164). */
  public boolean carries(String phone) {
    if (prefixes.isEmpty()) {
      return true;
    }
    for (String p : prefixes) {
      if (phone.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
