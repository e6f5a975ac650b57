package org.jobline.ussd;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.util.List;
import org.jobline.aggregator.Inbound;
import org.jobline.alert.Alerts;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.i18n.Messages;
import org.jobline.phone.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The USSD channel: the job-seeker's menu. Routes hand it each turn through the {@link Inbound}
 * sink and frame the neutral screen it answers in their own wire format.
 */
public final class UssdFeature implements Feature {
  private static final Logger log = LoggerFactory.getLogger(UssdFeature.class);
  private final OpenVacancies vacancies;
  private final UssdService service;
  private final Inbound.UssdScreen unavailable;

  public UssdFeature(AppContext ctx) {
    this.vacancies = new OpenVacancies(ctx.store());
    this.service = new UssdService(ctx.vertx(), ctx.config(), ctx.store(), ctx.referenceData(), vacancies,
        Alerts.welcomeMatches(ctx));
    this.unavailable = screen(Pager.end(new UssdTexts().get(Messages.FRENCH, "error.unavailable")));
  }

  /** The screen for one turn; never fails: an internal error ends the session politely (and is logged). */
  public Future<Inbound.UssdScreen> answer(Inbound.UssdTurn turn) {
    return service.answer(turn).map(UssdFeature::screen).recover(e -> {
      log.error("USSD request from {} failed", PhoneNumbers.mask(turn.phone()), e);
      return Future.succeededFuture(unavailable);
    });
  }

  /** Our screens are built framed ("CON "/"END "), counted within the 160 characters: unframed here. */
  static Inbound.UssdScreen screen(String framed) {
    boolean end = framed.startsWith("END ");
    return new Inbound.UssdScreen(end || framed.startsWith("CON ") ? framed.substring(4) : framed, end);
  }

  @Override
  public void mount(Router router) {
    // routes mount the USSD callbacks (Channel.mountFirst) and call answer through the Inbound sink
  }

  @Override
  public List<VerticleBase> workers() {
    return List.of(vacancies);
  }
}
