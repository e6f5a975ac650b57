package org.jobline.simulator;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Where the Jobline under test listens. Built in: the server the simulator is mounted on (found
 * from the request's local address, so port 0 works); standalone: a fixed URL ({@code --target}).
 */
@FunctionalInterface
public interface Target {
  String baseUrl(HttpServerRequest request);

  static Target fixed(String url) {
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return request -> trimmed;
  }

  static Target sameServer() {
    return request -> {
      SocketAddress local = request.localAddress();
      String host = local.hostAddress();
      if (host == null || host.isEmpty() || host.equals("0.0.0.0")) {
        host = "127.0.0.1";
      } else if (host.contains(":")) {
        host = "[" + host + "]";
      }
      return "http://" + host + ":" + local.port();
    };
  }
}
