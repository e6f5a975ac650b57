package org.jobline.app;

import java.util.List;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Routes;
import org.jobline.admin.AdminFeature;
import org.jobline.alert.AlertsFeature;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.outbox.DeliveryFeature;
import org.jobline.partner.PartnerFeature;
import org.jobline.simulator.SimulatorFeature;
import org.jobline.sms.SmsFeature;
import org.jobline.ussd.UssdFeature;

/** The one list of features this gateway runs. Adding a feature is one line here; a route is one line in META-INF/services (see aggregator.ChannelType). */
final class Features {
  private Features() {}

  static List<Feature> all(AppContext ctx, Routes routes) {
    UssdFeature ussd = new UssdFeature(ctx);
    SmsFeature sms = new SmsFeature(ctx);
    Inbound inbound = new GatewayInbound(ctx.vertx(), ctx.store(), sms.inbox(), ussd);
    return List.of(
        new DeliveryFeature(ctx, routes, inbound),
        ussd,
        sms,
        new AlertsFeature(ctx),
        new PartnerFeature(ctx),
        new AdminFeature(ctx),
        new SimulatorFeature(ctx, routes.all()),
        new org.jobline.trust.admin.TrustFeature(ctx),
        new org.jobline.followup.FollowUpFeature(ctx),
        new org.jobline.migration.MigrationFeature(ctx),
        new org.jobline.backup.BackupFeature(ctx),
        new org.jobline.metrics.feature.MetricsFeature(ctx));
  }
}
