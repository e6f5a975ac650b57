package org.jobline.followup;

import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.http.BadRequestException;
import org.jobline.outbox.Outbox;
import org.jobline.simulator.SimulatorGuard;

/**
 * Outcome follow-ups: the job that asks, N days after an interest, what happened. Where the simulator is
 * mounted (dev mode), {@code POST /simulator/followups?days=N} runs the job as if N days had passed: the
 * simulated clock of the scenarios (listed after the simulator, so its guard runs first).
 */
public final class FollowUpFeature implements Feature {
  private final AppContext ctx;
  private final Clock clock;
  private final FollowUpScheduler scheduler;

  public FollowUpFeature(AppContext ctx) {
    this.ctx = ctx;
    this.clock = Clock.systemUTC();
    this.scheduler = new FollowUpScheduler(ctx.store(), new Outbox(ctx.config().sms()), ctx.config().followUp().rounds());
  }

  @Override
  public void mount(Router router) {
    if (!ctx.config().production() && SimulatorGuard.wanted(ctx.config())) {
      router.post("/simulator/followups").handler(this::runLater);
    }
  }

  private void runLater(RoutingContext rc) {
    String raw = rc.request().getParam("days", "0");
    if (!raw.matches("\\d{1,3}(\\.\\d{1,3})?")) {
      rc.fail(new BadRequestException("days", "must be a number of days from 0 to 999"));
      return;
    }
    long at = clock.millis() + (long) (Double.parseDouble(raw) * TimeUnit.DAYS.toMillis(1));
    scheduler.run(at).onSuccess(n -> rc.json(new JsonObject().put("queued", n))).onFailure(rc::fail);
  }

  @Override
  public List<VerticleBase> workers() {
    return List.of(new FollowUpVerticle(scheduler, clock, ctx.config().followUp().checkMinutes() * 60_000L));
  }
}
