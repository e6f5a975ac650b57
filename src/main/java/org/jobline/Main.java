package org.jobline;

import org.jobline.app.Commands;
import org.jobline.cli.Command;

/** Entry point: {@code java -jar jobline.jar [--config PATH] [command ...]}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = Commands.run(args, System.getenv(), System.in, System.out, System.err);
    if (code != Command.KEEP_RUNNING) {
      System.exit(code);
    }
  }
}
