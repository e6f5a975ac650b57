package org.jobline.app;

import java.util.List;
import org.jobline.admin.AdminFeature;
import org.jobline.alert.AlertsFeature;
import org.jobline.outbox.DeliveryFeature;
import org.jobline.simulator.SimulatorFeature;
import org.jobline.sms.SmsFeature;
import org.jobline.ussd.UssdFeature;

/** The one list of features this gateway runs. Adding a channel or a route is one line here. */
final class Features {
  private Features() {}

  static List<Feature> all(AppContext ctx) {
    return List.of(
        new DeliveryFeature(ctx),
        new UssdFeature(ctx),
        new SmsFeature(ctx),
        new AlertsFeature(ctx),
        new AdminFeature(ctx),
        new SimulatorFeature(ctx),
        new org.jobline.backup.BackupFeature(ctx));
  }
}
