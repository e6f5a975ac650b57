package org.jobline.alert;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.jobline.abroad.AbroadOptIns;
import org.jobline.profile.Answers;
import org.jobline.profile.ProfileAnswers;
import org.jobline.store.Tx;
import org.jobline.subscriber.Subscriber;
import org.jobline.vacancy.Vacancies;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyTag;

/**
 * After a registration (USSD or SMS), queues alerts for the newest open matching vacancies, as many
 * as the daily cap (those already alerted count: calling it twice sends nothing more), in the caller's transaction (call it after queueing the
 * confirmation, whose priority is higher). Same rules as the fan-out: one alert per person and vacancy.
 */
public final class WelcomeMatches {
  private final AlertWriter writer;

  public WelcomeMatches(AlertWriter writer) {
    this.writer = writer;
  }

  /** Returns the number of alerts queued (0 for a stopped or not yet registered subscriber). */
  public int queue(Tx tx, Subscriber s) throws SQLException {
    if (!s.active() || !s.registered()) {
      return 0;
    }
    Pacing pacing = writer.pacing();
    ProfileAnswers answers = Answers.find(tx, s.id());
    // the newest, those whose tags target the person first (a stable sort keeps newest first in each kind);
    // offers abroad only for someone who opted in
    List<Vacancy> newest = new ArrayList<>(Vacancies.openMatching(tx, s.region(), s.trades(),
            AbroadOptIns.optedIn(tx, s.id())).stream()
        .sorted(Comparator.comparing((Vacancy v) -> !VacancyTag.targetsAny(v.tagSet(), answers)))
        .limit(pacing.cap()).toList());
    Collections.reverse(newest); // queued oldest first, so that pacing treats each as newer than the last
    int queued = 0;
    for (Vacancy v : newest) {
      if (!AlertRows.exists(tx, s.id(), v.id())) {
        Candidate one = new Candidate(s.id(), s.phone(), s.language(), pacing.dueToday(tx, s.id()),
            VacancyTag.targetsAny(v.tagSet(), answers));
        queued += writer.write(tx, v, List.of(one));
      }
    }
    return queued;
  }
}
