package org.jobline.partner;

import io.vertx.core.Future;
import java.util.List;
import java.util.function.Function;
import org.jobline.cli.CliIo;
import org.jobline.cli.Command;
import org.jobline.cli.OfflineStore;
import org.jobline.cli.UsageException;
import org.jobline.config.AppConfig;
import org.jobline.core.errors.SafeError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code partner add NAME} creates a partner and prints its first API key on standard output;
 * {@code partner key NAME} prints a new key. Opens the store directly (no HTTP server).
 */
public final class PartnerCommand implements Command {

  @Override
  public String usage() {
    return "partner add NAME | partner key NAME   create a partner / issue another API key (printed once)";
  }

  @Override
  public int run(AppConfig config, List<String> args, CliIo io) throws Exception {
    if (args.size() < 2 || !(args.get(0).equals("add") || args.get(0).equals("key"))) {
      throw new UsageException("usage: partner add NAME | partner key NAME");
    }
    String name = String.join(" ", args.subList(1, args.size()));
    Function<PartnerKeys, Future<IssuedKey>> action = args.get(0).equals("add")
        ? keys -> keys.addPartner(name, "cli") : keys -> keys.issueKey(name, "cli");
    quietLogs();
    try {
      IssuedKey issued = OfflineStore.run(config, store -> action.apply(new PartnerKeys(store)));
      io.out().println(issued.key());
      io.err().println("API key for partner '" + issued.partner().name() + "' (prefix " + issued.prefix()
          + "). It is shown only once: keep it safe.");
      return 0;
    } catch (SafeError e) {
      io.err().println("jobline: " + e.getMessage());
      return 1;
    }
  }

  /** Standard output carries only the key (scripts capture it); the store's start-up lines are not wanted. */
  private static void quietLogs() {
    if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

}
