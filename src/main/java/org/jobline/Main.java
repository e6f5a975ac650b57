package org.jobline;

import org.jobline.cli.Cli;

/** Entry point: {@code java -jar jobline.jar [--config PATH] [command ...]}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = Cli.run(args, System.getenv(), System.in, System.out, System.err);
    if (code != Cli.KEEP_RUNNING) {
      System.exit(code);
    }
  }
}
