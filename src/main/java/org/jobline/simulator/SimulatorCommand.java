package org.jobline.simulator;

import io.vertx.core.Vertx;
import java.util.List;
import java.util.Set;
import org.jobline.cli.CliIo;
import org.jobline.cli.Command;
import org.jobline.cli.UsageException;
import org.jobline.config.AppConfig;

/** {@code simulator --port 9099 --target URL}: only the simulator, as its own process, for a Jobline elsewhere. */
public final class SimulatorCommand implements Command {
  @Override
  public String usage() {
    return "simulator --target URL [--port 9099] [--host 127.0.0.1]   run only the simulator (fake AT + phones + page)";
  }

  @Override
  public int run(AppConfig config, List<String> args, CliIo io) throws Exception {
    Args a = Args.parse(args, Set.of("port", "target", "host"));
    if (!a.positional.isEmpty()) {
      throw new UsageException("simulator takes only options (got " + a.positional + ")");
    }
    if (config.production()) {
      throw new UsageException("the simulator is not available in production mode");
    }
    String target = Args.url("target", a.get("target"));
    int port = a.intOption("port", 9099, 0, 65535);
    String host = a.get("host") == null ? "127.0.0.1" : a.get("host");
    Vertx vertx = Vertx.vertx();
    try {
      // The CLI's main thread waits for the start; it is not a Vert.x thread.
      SimulatorServer.Running running = SimulatorServer.start(vertx, config, host, port, target)
          .toCompletionStage().toCompletableFuture().get();
      io.out().println("Simulator on http://" + host + ":" + running.server().actualPort() + "/simulator"
          + " -> Jobline " + target + " (AT base URL for Jobline: http://" + host + ":"
          + running.server().actualPort() + Simulator.AT_BASE_PATH + ")");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> vertx.close(), "simulator-shutdown"));
      return KEEP_RUNNING;
    } catch (java.util.concurrent.ExecutionException e) {
      vertx.close();
      io.err().println("jobline: simulator cannot listen on " + host + ":" + port + ": " + e.getCause().getMessage());
      return 1;
    }
  }
}
