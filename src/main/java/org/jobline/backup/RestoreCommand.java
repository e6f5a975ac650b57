package org.jobline.backup;

import java.nio.file.Path;
import java.util.List;
import org.jobline.cli.CliIo;
import org.jobline.cli.Command;
import org.jobline.cli.UsageException;
import org.jobline.config.AppConfig;

/** {@code restore FILE}: the backup FILE becomes the database (gateway stopped; the old file is kept). */
public final class RestoreCommand implements Command {
  @Override
  public String usage() {
    return "restore FILE             replace the database by the backup FILE (stop the gateway first)";
  }

  @Override
  public int run(AppConfig config, List<String> args, CliIo io) throws Exception {
    if (args.size() != 1) {
      throw new UsageException("usage: restore FILE");
    }
    if (config.store().postgres()) {
      throw new UsageException("restore: the database is on PostgreSQL (store.engine postgres): use pg_dump / pg_restore, "
          + "or export-store --to sqlite:FILE for a SQLite copy");
    }
    Path db = Path.of(config.store().path());
    Path kept = Restore.restore(Path.of(args.get(0)), db);
    io.out().println("restored " + db.toAbsolutePath() + " from " + Path.of(args.get(0)).toAbsolutePath());
    if (kept != null) {
      io.out().println("the previous database is kept as " + kept.toAbsolutePath());
    }
    return 0;
  }
}
