package org.jobline.core;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP port this gateway actually listens on, known only once the server is up (http.port 0
 * picks a free one): parts that call the gateway itself (the simulator route) read it lazily.
 */
public final class LocalPort {
  private final AtomicInteger port = new AtomicInteger(-1);

  public void set(int actual) {
    port.set(actual);
  }

  /** The port, or -1 before the HTTP server listens. */
  public int get() {
    return port.get();
  }

  /** {@code http://127.0.0.1:<port>}; before the server listens the URL points at port 0 and fails to connect. */
  public String loopbackUrl() {
    return "http://127.0.0.1:" + Math.max(port.get(), 0);
  }
}
