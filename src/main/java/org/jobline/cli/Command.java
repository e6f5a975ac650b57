package org.jobline.cli;

import java.util.List;
import org.jobline.config.AppConfig;

/** A sub-command of the jobline jar ({@code run}, {@code partner add}, ...). */
public interface Command {
  /** Returns the process exit code, or {@link Cli#KEEP_RUNNING} for a server that goes on. */
  int run(AppConfig config, List<String> args, CliIo io) throws Exception;

  /** One line for the usage text. */
  String usage();
}
