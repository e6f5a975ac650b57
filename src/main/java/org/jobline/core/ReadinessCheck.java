package org.jobline.core;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/** One part of /ready: a name and a check that says whether that part can do its work. */
public interface ReadinessCheck {
  String name();

  /** Completes with {"ok": true|false, ...details}; a failed future counts as not ready. */
  Future<JsonObject> check();
}
