package org.jobline.sms;

import io.vertx.ext.web.Router;
import org.jobline.aggregator.CallbackSecret;
import org.jobline.alert.Alerts;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.outbox.Outbox;

/** The SMS channel: Africa's Talking's incoming-SMS callback and the commands people text. */
public final class SmsFeature implements Feature {
  private final AppContext ctx;
  private final SmsInbox inbox;

  public SmsFeature(AppContext ctx) {
    this.ctx = ctx;
    Outbox outbox = new Outbox(ctx.config().sms());
    CommandRouter router = new CommandRouter(ctx.referenceData(), outbox, ctx.config().sms(), Alerts.welcomeMatches(ctx));
    this.inbox = new SmsInbox(ctx.store(), router, outbox, ctx.config().sms(),
        ctx.config().locale().defaultLanguage());
  }

  /** The inbox, for other routes that receive SMS (another aggregator, the simulator). */
  public SmsInbox inbox() {
    return inbox;
  }

  @Override
  public void mount(Router router) {
    router.post(IncomingSmsRoute.PATH)
        .handler(new CallbackSecret(ctx.config().aggregator().callbackSecret()))
        .handler(new IncomingSmsRoute(ctx.phoneNumbers(), inbox));
  }
}
