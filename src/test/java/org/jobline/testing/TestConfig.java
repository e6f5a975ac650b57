package org.jobline.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;

/** Test configuration: the built-in defaults, a random HTTP port and a fresh store: a SQLite file in {@code tmpDir} (or a
 * PostgreSQL database, {@link TestStores}). */
public final class TestConfig {
  private TestConfig() {}

  /** Defaults plus {@code extraEnv} (JOBLINE_* names); the store lives in {@code tmpDir}. */
  public static AppConfig load(Path tmpDir, Map<String, String> extraEnv) {
    Map<String, String> env = new HashMap<>();
    env.put("JOBLINE_HTTP_PORT", "0");
    env.put("JOBLINE_HTTP_HOST", "127.0.0.1");
    env.putAll(TestStores.env(tmpDir.resolve("jobline.db")));
    env.putAll(extraEnv);
    return new ConfigLoader().load(null, env);
  }

  public static AppConfig load(Path tmpDir) {
    return load(tmpDir, Map.of());
  }
}
