package org.jobline.ussd;

import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.util.List;
import org.jobline.aggregator.CallbackSecret;
import org.jobline.alert.Alerts;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.http.FormBody;

/** The USSD channel: the job-seeker's menu behind Africa's Talking's USSD callback. */
public final class UssdFeature implements Feature {
  public static final String PATH = "/aggregator/africastalking/ussd";
  private final OpenVacancies vacancies;
  private final UssdHandler handler;
  private final CallbackSecret secret;
  private final int maxBodyBytes;

  public UssdFeature(AppContext ctx) {
    this.vacancies = new OpenVacancies(ctx.store());
    UssdService service = new UssdService(ctx.vertx(), ctx.config(), ctx.store(), ctx.referenceData(), vacancies,
        Alerts.welcomeMatches(ctx));
    this.secret = new CallbackSecret(ctx.config().aggregator().callbackSecret());
    this.handler = new UssdHandler(ctx.phoneNumbers(), service);
    this.maxBodyBytes = ctx.config().http().maxBodyBytes();
  }

  /** The busiest route reads its small form itself (see {@link FormBody}). */
  @Override
  public void mountFirst(Router router) {
    FormBody.read(router, PATH, maxBodyBytes).handler(secret).handler(handler::handle).failureHandler(handler::failure);
  }

  @Override
  public void mount(Router router) {
    // everything is in mountFirst
  }

  @Override
  public List<VerticleBase> workers() {
    return List.of(vacancies);
  }
}
