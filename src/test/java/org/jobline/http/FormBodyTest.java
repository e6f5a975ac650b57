package org.jobline.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The small-form reader on a real HTTP server: decoding, limits, other content types, bad encodings. */
class FormBodyTest {
  static final String FORM = "application/x-www-form-urlencoded";
  static Vertx vertx;
  static HttpServer server;
  static WebClient client;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    FormBody.read(router, "/form", 100).handler(rc -> {
      JsonObject out = new JsonObject();
      FormBody.of(rc).forEach(e -> out.put(e.getKey(), e.getValue()));
      rc.response().end(out.encode());
    }).failureHandler(ErrorHandler::handle);
    server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
    client = WebClient.create(vertx);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  private static Reply post(String contentType, String body) throws Exception {
    var request = client.post(server.actualPort(), "127.0.0.1", "/form");
    if (contentType != null) {
      request.putHeader("Content-Type", contentType);
    }
    var response = request.sendBuffer(Buffer.buffer(body)).await(10, TimeUnit.SECONDS);
    return new Reply(response.statusCode(), response.bodyAsString());
  }

  record Reply(int status, String body) {}

  @Test
  void fieldsAreDecodedLikeABrowserForm() throws Exception {
    Reply r = post(FORM + "; charset=UTF-8", "sessionId=ATU_1&phoneNumber=%2B22890123456&text=1*2%23&note=a+b;c%C3%A9");
    assertThat(r.status()).isEqualTo(200);
    assertThat(new JsonObject(r.body())).isEqualTo(new JsonObject().put("sessionId", "ATU_1")
        .put("phoneNumber", "+22890123456").put("text", "1*2#").put("note", "a b;cé"));
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    assertThat(post(FORM, "text=" + "1".repeat(200)).status()).isEqualTo(413);
    assertThat(post(FORM, "text=" + "1".repeat(90)).body()).isEqualTo("{\"text\":\"" + "1".repeat(90) + "\"}");
  }

  @Test
  void anotherContentTypeOrNoBodyReadsAsAnEmptyForm() throws Exception {
    assertThat(post("application/json", "{\"text\":\"1\"}").body()).isEqualTo("{}");
    assertThat(post(null, "text=1").body()).isEqualTo("{}");
    assertThat(post(FORM, "").body()).isEqualTo("{}");
  }

  @Test
  void aMalformedEncodingIs400NotAServerError() throws Exception {
    Reply r = post(FORM, "text=%zz");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("malformed form body");
  }
}
