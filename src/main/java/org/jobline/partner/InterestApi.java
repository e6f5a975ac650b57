package org.jobline.partner;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.jobline.core.errors.NotFound;
import org.jobline.http.BadRequestException;
import org.jobline.store.Store;
import org.jobline.vacancy.VacancyService;

/**
 * The interested people of a partner's own vacancy (numbers masked) and where things stand with each
 * ({@code PUT .../interests/{id}} {"status": "hired"}): the employer tells the agency whom it hired, which feeds
 * the funnel and the reach figures like the statuses staff set on the admin page.
 */
final class InterestApi {
  /** The statuses of the interested list, as the admin page and the interests.follow_up CHECK name them. */
  static final List<String> STATUSES = List.of("to_call", "called", "interview", "hired", "not_retained");
  private final VacancyService vacancies;
  private final Store store;

  InterestApi(VacancyService vacancies, Store store) {
    this.vacancies = vacancies;
    this.store = store;
  }

  void mount(Router router) {
    router.get(PartnerApi.BASE + "/:ref/interests").handler(this::list);
    router.put(PartnerApi.BASE + "/:ref/interests/:id").handler(this::set);
  }

  record StatusRequest(String status) {}

  private void list(RoutingContext rc) {
    vacancies.get(PartnerApi.actor(rc), rc.pathParam("ref"))
        .compose(v -> store.read(tx -> PartnerInterests.list(tx, v.id())))
        .onSuccess(page -> ApiJson.send(rc, 200, page)).onFailure(rc::fail);
  }

  private void set(RoutingContext rc) {
    long id = id(rc.pathParam("id"));
    String status = ApiJson.read(rc, StatusRequest.class).status();
    if (status == null || !STATUSES.contains(status)) {
      throw new BadRequestException("status", "status must be one of " + String.join(", ", STATUSES));
    }
    String actor = PartnerApi.actor(rc).name();
    vacancies.get(PartnerApi.actor(rc), rc.pathParam("ref"))
        .compose(v -> store.write(tx -> PartnerInterests.setStatus(tx, v.id(), v.ref(), id, status, actor,
            System.currentTimeMillis())))
        .onSuccess(done -> {
          if (!done) {
            rc.fail(new NotFound("no interest " + id + " for this vacancy"));
            return;
          }
          ApiJson.send(rc, 200, new StatusRequest(status));
        }).onFailure(rc::fail);
  }

  private static long id(String raw) {
    if (raw == null || !raw.matches("\\d{1,12}")) {
      throw new BadRequestException("id", "id must be an interest id from GET .../interests");
    }
    return Long.parseLong(raw);
  }
}
