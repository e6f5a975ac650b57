package org.jobline.backup;

import java.nio.file.Path;
import java.util.List;
import org.jobline.cli.CliIo;
import org.jobline.cli.Command;
import org.jobline.cli.UsageException;
import org.jobline.config.AppConfig;

/** {@code backup FILE}: a consistent, checked copy of the database, also while the gateway runs. */
public final class BackupCommand implements Command {
  @Override
  public String usage() {
    return "backup FILE              copy the database to FILE (safe while the gateway runs)";
  }

  @Override
  public int run(AppConfig config, List<String> args, CliIo io) throws Exception {
    if (args.size() != 1) {
      throw new UsageException("usage: backup FILE");
    }
    if (config.store().postgres()) {
      throw new UsageException("backup: the database is on PostgreSQL (store.engine postgres): use pg_dump / pg_restore, "
          + "or export-store --to sqlite:FILE for a SQLite copy");
    }
    Path target = Path.of(args.get(0));
    long started = System.nanoTime();
    long bytes = Backups.copy(Path.of(config.store().path()), target, config.store().busyTimeoutMs());
    io.out().printf("backup: %s (%d KB, integrity ok, %d ms)%n", target.toAbsolutePath(), bytes / 1024,
        (System.nanoTime() - started) / 1_000_000);
    return 0;
  }
}
