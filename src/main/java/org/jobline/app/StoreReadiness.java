package org.jobline.app;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.jobline.core.ReadinessCheck;
import org.jobline.store.MetaRows;
import org.jobline.store.Store;

/** /ready's store check: a real write in a real transaction proves the database is writable. */
public final class StoreReadiness implements ReadinessCheck {
  private final Store store;

  public StoreReadiness(Store store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "store";
  }

  @Override
  public Future<JsonObject> check() {
    if (store.diskFull()) {
      return Future.succeededFuture(new JsonObject().put("ok", false)
          .put("error", "disk full: writes to the database fail; free space on its disk"));
    }
    return store.write(tx -> {
      int schemaVersion = MetaRows.touchReadyCheck(tx, System.currentTimeMillis());
      return new JsonObject().put("ok", true).put("schemaVersion", schemaVersion);
    });
  }
}
