package org.jobline.simulator;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Posts AT-format callbacks (USSD, incoming SMS, delivery reports) to Jobline, signed with the secret. */
final class JoblineLink {
  static final String USSD_PATH = "/aggregator/africastalking/ussd";
  static final String SMS_PATH = "/aggregator/africastalking/sms";
  static final String DLR_PATH = "/aggregator/africastalking/dlr";
  private static final long TIMEOUT_MS = 15_000;

  private final WebClient client;
  private final String secret;

  JoblineLink(WebClient client, String secret) {
    this.client = client;
    this.secret = secret == null ? "" : secret;
  }

  Future<HttpResponse<Buffer>> post(String baseUrl, String path, MultiMap form) {
    String url = baseUrl + path + "?secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return client.postAbs(url).timeout(TIMEOUT_MS).sendForm(form, "UTF-8");
  }
}
