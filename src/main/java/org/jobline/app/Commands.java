package org.jobline.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jobline.admin.auth.UserAddCommand;
import org.jobline.cli.Cli;
import org.jobline.cli.Command;
import org.jobline.partner.PartnerCommand;
import org.jobline.simulator.SimulateCommand;
import org.jobline.simulator.SimulatorCommand;

/** The one list of the jar's sub-commands, and the entry point that runs one of them through {@link Cli}. */
public final class Commands {
  private Commands() {}

  public static Map<String, Command> all() {
    Map<String, Command> commands = new LinkedHashMap<>();
    commands.put("run", new RunCommand());
    commands.put("partner", new PartnerCommand());
    commands.put("user", new UserAddCommand());
    commands.put("simulate", new SimulateCommand((vertx, config) -> Gateway.start(vertx, config).map(g -> g)));
    commands.put("simulator", new SimulatorCommand());
    commands.put("backup", new org.jobline.backup.BackupCommand());
    commands.put("restore", new org.jobline.backup.RestoreCommand());
    commands.put("migrate", new MigrateCommand());
    commands.put("export-store", new ExportStoreCommand(System.getenv()));
    return commands;
  }

  /** Exit code of the command, or {@link Command#KEEP_RUNNING}; see {@link Cli#run}. */
  public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    return Cli.run(all(), args, env, in, out, err);
  }
}
