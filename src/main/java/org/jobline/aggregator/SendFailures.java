package org.jobline.aggregator;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Whether a failed HTTP send can have reached the aggregator, for every HTTP adapter: a failure
 * while connecting (refused, no route, unknown host, connect timeout, TLS handshake) means nothing
 * was written, so sending again is safe; anything after (an idle timeout waiting for the answer,
 * the connection closed or reset) may have left the aggregator with the message: {@link
 * SendOutcome.Unknown}. When in doubt, "may have been written": a resend is decided later, once.
 */
public final class SendFailures {
  private SendFailures() {}

  /** The outcome of a send that failed with {@code e}; {@code reason} describes it. */
  public static SendOutcome outcome(Throwable e, String reason) {
    return neverWritten(e) ? SendOutcome.connectionFailed(reason) : SendOutcome.maybeWritten(reason);
  }

  /** True when {@code e} (or a cause) says the connection was never established. */
  public static boolean neverWritten(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
          || t instanceof SSLException) {
        return true; // netty's ConnectTimeoutException is a ConnectException
      }
      String name = t.getClass().getName();
      if (name.endsWith("ConnectTimeoutException") || name.endsWith("ConnectionPoolTooBusyException")) {
        return true;
      }
    }
    return false;
  }
}
