package org.jobline.app;

import java.util.List;
import org.jobline.cli.CliIo;
import org.jobline.cli.Command;
import org.jobline.cli.OfflineStore;
import org.jobline.cli.UsageException;
import org.jobline.config.AppConfig;
import org.jobline.store.Store;

/** {@code migrate}: brings the configured database to this build's schema without starting the gateway. */
public final class MigrateCommand implements Command {
  @Override
  public String usage() {
    return "migrate                  bring the database to this version's schema (also done at start)";
  }

  @Override
  public int run(AppConfig config, List<String> args, CliIo io) throws Exception {
    if (!args.isEmpty()) {
      throw new UsageException("usage: migrate");
    }
    int version = OfflineStore.run(config, Store::schemaVersion);
    io.out().printf("migrate: %s is at schema version %d%n", config.store().describe(), version);
    return 0;
  }
}
