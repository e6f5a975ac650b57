package org.jobline.app;

import io.vertx.core.Vertx;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jobline.cli.CliIo;
import org.jobline.cli.Command;
import org.jobline.cli.UsageException;
import org.jobline.config.AppConfig;
import org.jobline.config.AppConfig.StoreConfig;
import org.jobline.store.Store;
import org.jobline.store.StoreCopy;

/**
 * {@code export-store --to TARGET}: copies the configured database into a new, empty one: a PostgreSQL
 * server ({@code postgres://user:password@host:5432/db}, or a {@code jdbc:postgresql://} URL with the
 * password in JOBLINE_EXPORT_PASSWORD) or a SQLite file ({@code sqlite:/path/jobline.db} or a path ending
 * in .db). Stop the gateway first: rows written during the copy would be missed.
 */
public final class ExportStoreCommand implements Command {
  private static final long TIMEOUT_MINUTES = 240;
  private final Map<String, String> env;

  public ExportStoreCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public String usage() {
    return "export-store --to TARGET copy the database into an empty PostgreSQL (postgres://...) or SQLite file";
  }

  @Override
  public int run(AppConfig config, List<String> args, CliIo io) throws Exception {
    if (args.size() != 2 || !args.get(0).equals("--to")) {
      throw new UsageException("usage: export-store --to postgres://USER:PASSWORD@HOST:5432/DB | sqlite:FILE");
    }
    StoreConfig target = target(args.get(1), config.store());
    if (target.describe().equals(config.store().describe())) {
      throw new UsageException("export-store: the target is the configured database itself");
    }
    long started = System.nanoTime();
    Vertx vertx = Vertx.vertx();
    try {
      Store from = await(Store.open(vertx, config.store()));
      try {
        Store to = await(Store.open(vertx, target));
        try {
          StoreCopy.Report report = await(new StoreCopy(from, to).run());
          report.rows().forEach((table, n) -> io.out().printf("  %-22s %,d rows%n", table, n));
          io.out().printf("export-store: %,d rows copied from %s to %s in %d ms%n", report.total(),
              config.store().describe(), target.describe(), (System.nanoTime() - started) / 1_000_000);
          return 0;
        } finally {
          await(to.close());
        }
      } finally {
        await(from.close());
      }
    } finally {
      await(vertx.close());
    }
  }

  /** The target's store settings; the gateway's own settings give the timeouts and pool size. */
  StoreConfig target(String to, StoreConfig base) {
    if (to.startsWith("postgres://") || to.startsWith("postgresql://")) {
      URI uri;
      try {
        uri = URI.create(to);
      } catch (IllegalArgumentException e) {
        throw new UsageException("export-store: not a URL: " + e.getMessage());
      }
      if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
        throw new UsageException("export-store: the URL needs a host and a database: postgres://USER@HOST:5432/DB");
      }
      String user = "";
      String password = env.getOrDefault("JOBLINE_EXPORT_PASSWORD", "");
      if (uri.getRawUserInfo() != null) {
        String[] parts = uri.getRawUserInfo().split(":", 2);
        user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        if (parts.length == 2) {
          password = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
        }
      }
      if (user.isEmpty()) {
        throw new UsageException("export-store: the URL needs a user: postgres://USER@HOST:5432/DB");
      }
      String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath()
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      return postgres(base, jdbc, user, password);
    }
    if (to.startsWith("jdbc:postgresql://")) {
      String user = env.getOrDefault("JOBLINE_EXPORT_USER", "");
      if (user.isEmpty()) {
        throw new UsageException("export-store: set JOBLINE_EXPORT_USER (and JOBLINE_EXPORT_PASSWORD) for a jdbc: URL");
      }
      return postgres(base, to, user, env.getOrDefault("JOBLINE_EXPORT_PASSWORD", ""));
    }
    String file = to.startsWith("sqlite:") ? to.substring("sqlite:".length()) : to;
    if (file.isBlank() || !(to.startsWith("sqlite:") || file.endsWith(".db"))) {
      throw new UsageException("export-store: TARGET is postgres://USER:PASSWORD@HOST:5432/DB or sqlite:FILE (got '" + to + "')");
    }
    if (Path.of(file).toFile().exists()) {
      throw new UsageException("export-store: " + file + " already exists: the target must be a new file");
    }
    return new StoreConfig(file, base.busyTimeoutMs(), base.readers());
  }

  private static StoreConfig postgres(StoreConfig base, String url, String user, String password) {
    return new StoreConfig(StoreConfig.POSTGRES, base.path(), base.busyTimeoutMs(), base.readers(),
        AppConfig.BackupConfig.OFF, url, user, password, Math.max(2, Math.min(base.poolSize(), 4)));
  }

  private static <T> T await(io.vertx.core.Future<T> f) throws Exception {
    try {
      return f.toCompletionStage().toCompletableFuture().get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
