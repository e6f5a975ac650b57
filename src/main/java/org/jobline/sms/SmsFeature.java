package org.jobline.sms;

import io.vertx.ext.web.Router;
import org.jobline.alert.Alerts;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.outbox.Outbox;

/** The SMS channel: the commands people text. Routes hand it each text through the Inbound sink. */
public final class SmsFeature implements Feature {
  private final SmsInbox inbox;

  public SmsFeature(AppContext ctx) {
    Outbox outbox = new Outbox(ctx.config().sms());
    CommandRouter router = new CommandRouter(ctx.referenceData(), outbox, ctx.config().sms(), Alerts.welcomeMatches(ctx),
        ctx.config().profileQuestions().bySms(),
        org.jobline.migration.MigrationTexts.of(ctx.config().referenceData().migration()));
    this.inbox = new SmsInbox(ctx.store(), router, outbox, ctx.config().sms(),
        ctx.config().locale().defaultLanguage());
  }

  /** The inbox every route's incoming texts go to (through the Inbound sink). */
  public SmsInbox inbox() {
    return inbox;
  }

  @Override
  public void mount(Router router) {
    // routes mount their incoming-SMS callbacks (Channel.mount) and call the inbox through the Inbound sink
  }
}
