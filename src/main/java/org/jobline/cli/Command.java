package org.jobline.cli;

import java.util.List;
import org.jobline.config.AppConfig;

/** A sub-command of the jobline jar ({@code run}, {@code partner add}, ...). */
public interface Command {
  /** What {@link #run} answers for a server that goes on after it returns (no exit). */
  int KEEP_RUNNING = -1;

  /** Returns the process exit code, or {@link #KEEP_RUNNING} for a server that goes on. */
  int run(AppConfig config, List<String> args, CliIo io) throws Exception;

  /** One line for the usage text. */
  String usage();
}
