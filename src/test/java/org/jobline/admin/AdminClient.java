package org.jobline.admin;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.client.WebClientSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that signs in and posts forms with (or without) their CSRF token. */
public final class AdminClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private final WebClientSession web;
  private final int port;
  private String csrf;

  public AdminClient(AdminServer server) {
    this(server, null);
  }

  /** A client whose connections come from {@code localAddress} (any 127.x.y.z works on Linux): another client address. */
  public AdminClient(AdminServer server, String localAddress) {
    this.port = server.port();
    this.web = WebClientSession.create(WebClient.create(server.vertx, new WebClientOptions().setFollowRedirects(false)
        .setDefaultHost("127.0.0.1").setDefaultPort(port).setLocalAddress(localAddress)));
  }

  public HttpResponse<Buffer> get(String path) {
    HttpResponse<Buffer> r = AdminServer.await(web.get(path).send());
    remember(r);
    return r;
  }

  public HttpResponse<Buffer> post(String path, MultiMap form) {
    return AdminServer.await(web.post(path).sendForm(form));
  }

  /** Posts with the CSRF token of the last page read. */
  public HttpResponse<Buffer> postForm(String path, String... pairs) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    form.add("csrf", csrf == null ? "" : csrf);
    for (int i = 0; i < pairs.length; i += 2) {
      form.add(pairs[i], pairs[i + 1]);
    }
    return post(path, form);
  }

  /** Posts a multipart form with one file field {@code file} (empty {@code bytes}: no file chosen) and the CSRF token. */
  public HttpResponse<Buffer> postFile(String path, String fileName, byte[] bytes, String... pairs) {
    io.vertx.ext.web.multipart.MultipartForm form = io.vertx.ext.web.multipart.MultipartForm.create()
        .attribute("csrf", csrf == null ? "" : csrf);
    for (int i = 0; i < pairs.length; i += 2) {
      form.attribute(pairs[i], pairs[i + 1]);
    }
    form.binaryFileUpload("file", fileName, Buffer.buffer(bytes), "text/csv");
    return AdminServer.await(web.post(path).sendMultipartForm(form));
  }

  public HttpResponse<Buffer> login(String username, String password) {
    get("/admin/login");
    HttpResponse<Buffer> r = postForm("/admin/login", "username", username, "password", password);
    if (r.statusCode() == 303) {
      get("/admin/dashboard");
    }
    return r;
  }

  private void remember(HttpResponse<Buffer> r) {
    String body = r.bodyAsString();
    if (body != null) {
      Matcher m = CSRF.matcher(body);
      if (m.find()) {
        csrf = m.group(1);
      }
    }
  }
}
