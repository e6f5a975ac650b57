package org.jobline.migration;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.util.List;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Safe labour migration (issue 21): checks the agency's texts at start, and adds the licensed recruiters of
 * config/recruiters.csv to the registry (a licence already there, even removed by staff, is left alone).
 */
public final class MigrationFeature implements Feature {
  private static final Logger log = LoggerFactory.getLogger(MigrationFeature.class);
  private final AppContext ctx;
  private final List<RecruiterFile.Row> rows;

  public MigrationFeature(AppContext ctx) {
    this.ctx = ctx;
    MigrationTexts.of(ctx.config().referenceData().migration());
    this.rows = RecruiterFile.read(ctx.config().referenceData().recruiters());
  }

  @Override
  public void mount(Router router) {
    // no routes: the channels read the texts and the registry; the admin page manages it
  }

  @Override
  public List<VerticleBase> workers() {
    return List.of(new VerticleBase() {
      @Override
      public Future<?> start() {
        return seed();
      }
    });
  }

  /** Adds the file's recruiters not yet known; completes with how many were added. */
  Future<Integer> seed() {
    long now = System.currentTimeMillis();
    return ctx.store().write(tx -> {
      int added = 0;
      for (RecruiterFile.Row r : rows) {
        if (Recruiters.add(tx, "system", r.licence(), r.name(), r.contact(), "file", now)) {
          added++;
        }
      }
      return added;
    }).onSuccess(n -> log.info("recruiter registry: {} of {} from {} added", n, rows.size(),
        ctx.config().referenceData().recruiters()));
  }
}
