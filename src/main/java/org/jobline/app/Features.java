package org.jobline.app;

import java.util.List;

/** The one list of features this gateway runs. Adding a channel or a route is one line here. */
final class Features {
  private Features() {}

  static List<Feature> all(AppContext ctx) {
    return List.of(new org.jobline.ussd.UssdFeature(ctx));
  }
}
