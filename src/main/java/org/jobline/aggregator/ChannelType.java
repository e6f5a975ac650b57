package org.jobline.aggregator;

/**
 * A kind of route ({@code type: africastalking | kannel | smpp | modem | simulator}) that builds
 * {@link Channel}s from their config subtree. Registered with one line in
 * {@code META-INF/services/org.jobline.aggregator.ChannelType} (main or test resources).
 */
public interface ChannelType {
  /** The {@code type} value of a route's config subtree. */
  String type();

  /**
   * Checks the route's own keys and builds it; a wrong or unknown key throws
   * {@link org.jobline.config.ConfigException} naming it ({@code routes.<name>.<key>}), through
   * {@link RouteSettings}. Nothing is connected yet: that is {@link Channel#start()}.
   */
  Channel create(RouteSettings settings, ChannelContext context);

  /** Where this type's HTTP callbacks live unless the route sets {@code callbackPath}. */
  default String defaultCallbackPath() {
    return "/aggregator/" + type();
  }
}
