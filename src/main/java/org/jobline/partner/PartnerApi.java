package org.jobline.partner;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jobline.http.BadRequestException;
import org.jobline.http.HttpError;
import org.jobline.refdata.ReferenceData;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyService;

/**
 * The partner JSON API under /api/v1: vacancies of the partner that owns the Bearer key (another
 * partner's vacancy is a 404), and the OpenAPI description at /api/v1/openapi.yaml.
 */
public final class PartnerApi {
  static final String BASE = "/api/v1/vacancies";
  private static final String ACTOR = "jobline.actor";
  private static final Set<String> STATUSES = Set.of("draft", "open", "closed");
  private final VacancyService vacancies;
  private final PartnerKeys keys;
  private final ReferenceData referenceData;
  private final String openApi;

  public PartnerApi(VacancyService vacancies, PartnerKeys keys, ReferenceData referenceData) {
    this.vacancies = vacancies;
    this.keys = keys;
    this.referenceData = referenceData;
    this.openApi = resource("/openapi/jobline-api.yaml");
  }

  public void mount(Router router) {
    router.get("/api/v1/openapi.yaml").handler(rc -> rc.response()
        .putHeader("Content-Type", "application/yaml; charset=utf-8").end(openApi));
    router.route(BASE + "*").handler(this::authenticate);
    router.post(BASE).handler(rc -> reply(rc, 201, vacancies.create(actor(rc), request(rc))));
    router.get(BASE).handler(this::list);
    router.get(BASE + "/:ref").handler(rc -> reply(rc, 200, vacancies.get(actor(rc), ref(rc))));
    router.patch(BASE + "/:ref").handler(rc -> reply(rc, 200, vacancies.edit(actor(rc), ref(rc), request(rc))));
    router.post(BASE + "/:ref/open").handler(this::open);
    router.post(BASE + "/:ref/close").handler(rc -> reply(rc, 200, vacancies.close(actor(rc), ref(rc))));
    router.get(BASE + "/:ref/stats").handler(rc -> vacancies.stats(actor(rc), ref(rc))
        .onSuccess(s -> ApiJson.send(rc, 200, s)).onFailure(rc::fail));
  }

  private void authenticate(RoutingContext rc) {
    String header = rc.request().getHeader("Authorization");
    String key = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    keys.authenticate(key).onSuccess(partner -> {
      if (partner.isEmpty()) {
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        rc.fail(new HttpError(401, null, "a valid API key is required: Authorization: Bearer <key>"));
        return;
      }
      if (partner.get().suspended()) {
        rc.fail(new HttpError(403, null, "partner '" + partner.get().name() + "' is suspended by the agency: its API keys "
            + "are refused; contact the agency"));
        return;
      }
      rc.put(ACTOR, Actor.partner(partner.get().id(), partner.get().name()));
      rc.next();
    }).onFailure(rc::fail);
  }

  /** 200 and "open" when published; 202 and "pendingValidation" when the agency must validate it first (issue 21). */
  private void open(RoutingContext rc) {
    vacancies.open(actor(rc), ref(rc)).onSuccess(v -> {
      VacancyJson.View view = VacancyJson.View.of(v, referenceData);
      ApiJson.send(rc, v.open() ? 200 : 202, v.open() ? view : ApiJson.MAPPER
          .convertValue(view, com.fasterxml.jackson.databind.node.ObjectNode.class).put("status", "pendingValidation"));
    }).onFailure(rc::fail);
  }

  private void list(RoutingContext rc) {
    String status = rc.queryParams().get("status");
    if (status != null && !STATUSES.contains(status)) {
      throw new BadRequestException("status", "status must be draft, open or closed");
    }
    int limit = limit(rc.queryParams().get("limit"));
    vacancies.list(actor(rc), status, limit)
        .map(list -> new VacancyJson.Page(list.stream().map(v -> VacancyJson.View.of(v, referenceData)).toList(), list.size()))
        .onSuccess(page -> ApiJson.send(rc, 200, page)).onFailure(rc::fail);
  }

  private void reply(RoutingContext rc, int status, Future<Vacancy> result) {
    result.onSuccess(v -> {
      if (status == 201) {
        rc.response().putHeader("Location", BASE + "/" + v.ref());
      }
      ApiJson.send(rc, status, VacancyJson.View.of(v, referenceData));
    }).onFailure(rc::fail);
  }

  private static org.jobline.vacancy.VacancyInput request(RoutingContext rc) {
    return ApiJson.read(rc, VacancyJson.Request.class).input();
  }

  private static int limit(String raw) {
    if (raw == null) {
      return 100;
    }
    try {
      int n = Integer.parseInt(raw);
      if (n >= 1 && n <= VacancyService.MAX_LIST) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequestException("limit", "limit must be a number from 1 to " + VacancyService.MAX_LIST);
  }

  static Actor actor(RoutingContext rc) {
    return rc.get(ACTOR);
  }

  private static String ref(RoutingContext rc) {
    return rc.pathParam("ref");
  }

  private static String resource(String path) {
    try (InputStream in = PartnerApi.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing resource " + path, e);
    }
  }
}
