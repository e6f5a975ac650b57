package org.jobline.sms;

import java.sql.SQLException;
import java.util.Optional;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.profile.Answers;
import org.jobline.profile.ProfileAnswers;
import org.jobline.profile.ProfileQuestion;
import org.jobline.store.Tx;
import org.jobline.subscriber.Subscriber;

/**
 * The optional profile questions by SMS: the consent question after a first registration (not after
 * "Jamais"), QUESTIONS to start them again, and the digit answers, one question per SMS. Which
 * question a digit answers is kept in profile_answers.pending.
 */
final class QuestionsHandler {
  private final Outbox outbox;
  private final boolean afterRegistration;

  /** {@code afterRegistration}: profileQuestions.bySms, the consent SMS after a first registration. */
  QuestionsHandler(Outbox outbox, boolean afterRegistration) {
    this.outbox = outbox;
    this.afterRegistration = afterRegistration;
  }

  /** After a registration: queues the consent question when {@code s} was not registered before and may be asked. */
  void afterRegistration(Tx tx, Subscriber s, boolean wasRegistered, long now) throws SQLException {
    if (!afterRegistration || wasRegistered || !Answers.find(tx, s.id()).askAfterRegistration()) {
      return;
    }
    Answers.setConsent(tx, s.id(), "later", ProfileAnswers.PENDING_CONSENT, now);
    outbox.enqueue(tx, OutboundSms.reply(s.phone(), s.id(), SmsTexts.get(s.language(), "q.consent"), s.language()));
  }

  /** QUESTIONS: the consent question, or the first question for someone who already said yes. */
  Reply start(Turn t) throws SQLException {
    Optional<Subscriber> s = t.subscriber().filter(Subscriber::registered);
    if (s.isEmpty()) {
      return Reply.text(SmsTexts.get(t.language(), "profile.none"), t.language());
    }
    ProfileAnswers a = Answers.find(t.tx(), s.get().id());
    if ("yes".equals(a.consent())) {
      Answers.setPending(t.tx(), s.get().id(), ProfileQuestion.AGE.key(), t.now());
      return ask(ProfileQuestion.AGE.key(), t.language());
    }
    Answers.setConsent(t.tx(), s.get().id(), a.consent() == null ? "later" : a.consent(), ProfileAnswers.PENDING_CONSENT, t.now());
    return ask(ProfileAnswers.PENDING_CONSENT, t.language());
  }

  /** A digit while a question is pending: saves it and asks the next one; an unknown choice repeats the question. */
  Reply answer(Turn t, Subscriber s, ProfileAnswers a, int digit) throws SQLException {
    String lang = t.language();
    if (ProfileAnswers.PENDING_CONSENT.equals(a.pending())) {
      return consent(t, s, digit);
    }
    Optional<ProfileQuestion> q = ProfileQuestion.byKey(a.pending());
    Optional<String> code = q.flatMap(x -> x.code(digit));
    if (q.isEmpty() || code.isEmpty()) {
      return q.isEmpty() ? Reply.NONE : ask(a.pending(), lang);
    }
    Optional<ProfileQuestion> next = q.get().next();
    Answers.answer(t.tx(), s.id(), q.get(), code.get(), next.map(ProfileQuestion::key).orElse(null), t.now());
    return next.isPresent() ? ask(next.get().key(), lang) : Reply.text(SmsTexts.get(lang, "q.done"), lang);
  }

  private Reply consent(Turn t, Subscriber s, int digit) throws SQLException {
    String lang = t.language();
    switch (digit) {
      case 1 -> {
        Answers.setConsent(t.tx(), s.id(), "yes", ProfileQuestion.AGE.key(), t.now());
        return ask(ProfileQuestion.AGE.key(), lang);
      }
      case 2 -> {
        Answers.setConsent(t.tx(), s.id(), "later", null, t.now());
        return Reply.text(SmsTexts.get(lang, "q.later"), lang);
      }
      case 3 -> {
        Answers.setConsent(t.tx(), s.id(), "never", null, t.now());
        return Reply.text(SmsTexts.get(lang, "q.never"), lang);
      }
      default -> {
        return ask(ProfileAnswers.PENDING_CONSENT, lang);
      }
    }
  }

  private static Reply ask(String pending, String lang) {
    return Reply.text(SmsTexts.get(lang, "q." + pending), lang);
  }
}
