package org.jobline.backup;

import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.time.ZoneId;
import java.util.List;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;

/** Daily backups (store.backup); the backup and restore commands live beside it. No routes. */
public final class BackupFeature implements Feature {
  private final AppContext ctx;

  public BackupFeature(AppContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void mount(Router router) {}

  @Override
  public List<VerticleBase> workers() {
    if (!ctx.config().store().backup().enabled() || ctx.config().store().postgres()) {
      return List.of(); // PostgreSQL is backed up by its own tools (README "Running several nodes")
    }
    return List.of(new DailyBackup(ctx.config().store(), ZoneId.of(ctx.config().locale().timeZone())));
  }
}
