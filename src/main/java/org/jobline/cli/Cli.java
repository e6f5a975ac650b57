package org.jobline.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigException;
import org.jobline.config.ConfigLoader;

/**
 * Parses {@code [--config PATH] [command ...]}, loads the configuration and runs the command.
 * The commands are handed in by the composition root ({@code app.Commands}): cli depends on no feature.
 * Exit codes: 0 done, 1 failure, 2 configuration or usage error (one line, no stack trace).
 */
public final class Cli {
  public static final int CONFIG_ERROR = 2;

  private Cli() {}

  public static int run(Map<String, Command> commands, String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    CliIo io = new CliIo(in, out, err);
    Path configFile = null;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config")) {
        if (i + 1 >= args.length) {
          err.println("jobline: --config needs a file path");
          return CONFIG_ERROR;
        }
        configFile = Path.of(args[++i]);
      } else if (args[i].equals("--help") || args[i].equals("-h")) {
        printUsage(commands, out);
        return 0;
      } else {
        rest.add(args[i]);
      }
    }
    String name = rest.isEmpty() ? "run" : rest.remove(0);
    Command command = commands.get(name);
    if (command == null) {
      err.println("jobline: unknown command '" + name + "' (try --help)");
      return CONFIG_ERROR;
    }
    try {
      AppConfig config = new ConfigLoader().load(configFile, env);
      return command.run(config, rest, io);
    } catch (ConfigException e) {
      err.println("jobline: configuration error: " + e.getMessage());
      return CONFIG_ERROR;
    } catch (UsageException e) {
      err.println("jobline: " + e.getMessage());
      return CONFIG_ERROR;
    } catch (Exception e) {
      err.println("jobline: " + name + " failed: " + e.getMessage());
      return 1;
    }
  }

  private static void printUsage(Map<String, Command> commands, PrintStream out) {
    out.println("usage: java -jar jobline.jar [--config PATH] [command]");
    commands.forEach((name, c) -> out.println("  " + c.usage()));
  }
}
