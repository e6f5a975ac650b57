package org.jobline.sms;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jobline.followup.FollowUps;
import org.jobline.followup.Outcome;
import org.jobline.profile.Answers;
import org.jobline.profile.ProfileAnswers;
import org.jobline.subscriber.Subscriber;

/**
 * A numbered answer. "K4821 1" is about that vacancy; a bare "1" answers the pending profile question
 * if there is one, else the latest follow-up not answered yet (sent within {@link #WINDOW_DAYS} days);
 * with nothing to answer it is an unknown text.
 */
final class AnswerHandler {
  static final long WINDOW_DAYS = 30;
  private final QuestionsHandler questions;
  private final HelpHandler help;

  AnswerHandler(QuestionsHandler questions, HelpHandler help) {
    this.questions = questions;
    this.help = help;
  }

  Reply handle(Turn t) throws SQLException {
    Optional<Subscriber> s = t.subscriber();
    if (s.isEmpty()) {
      return help.unknown(t);
    }
    int digit = t.command().arg().charAt(0) - '0';
    String ref = t.command().args().size() > 1 ? t.command().args().get(1) : null;
    String lang = t.language();
    if (ref == null) {
      ProfileAnswers a = Answers.find(t.tx(), s.get().id());
      if (a.pending() != null) {
        return questions.answer(t, s.get(), a, digit);
      }
    }
    Optional<Outcome> o = Outcome.choice(digit);
    if (o.isEmpty()) {
      return ref == null ? help.unknown(t) : Reply.text(SmsTexts.get(lang, "followup.choices", ref), lang);
    }
    if (ref != null) {
      boolean known = FollowUps.answer(t.tx(), s.get().id(), ref, o.get(), "sms", t.now());
      return Reply.text(SmsTexts.get(lang, known ? "followup.done" : "followup.unknown", ref), lang);
    }
    Optional<String> answered = FollowUps.answerLatest(t.tx(), s.get().id(), o.get(), "sms",
        t.now() - TimeUnit.DAYS.toMillis(WINDOW_DAYS), t.now());
    return answered.isPresent() ? Reply.text(SmsTexts.get(lang, "followup.done", answered.get()), lang) : help.unknown(t);
  }
}
