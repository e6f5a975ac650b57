package org.jobline.ussd;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jobline.followup.Application;
import org.jobline.followup.FollowUps;
import org.jobline.partner.Referrals;
import org.jobline.profile.Answers;
import org.jobline.profile.ProfileAnswers;
import org.jobline.store.Tx;
import org.jobline.subscriber.Subscriber;
import org.jobline.subscriber.Subscribers;

/**
 * The caller as read once at the start of a session: profile, optional answers, latest interests, for a first
 * registration the partners' referral codes (the optional partner code step checks against them), and whether
 * the caller opted in to offers abroad.
 */
record Caller(Optional<Subscriber> subscriber, ProfileAnswers answers, List<Application> applications,
              Set<String> partnerCodes, boolean abroad) {
  static Caller load(Tx tx, String phone) throws SQLException {
    Optional<Subscriber> s = Subscribers.find(tx, phone);
    if (s.isEmpty()) {
      return new Caller(s, ProfileAnswers.NONE, List.of(), Referrals.allCodes(tx), false);
    }
    Set<String> codes = s.get().registered() ? Set.of() : Referrals.allCodes(tx);
    return new Caller(s, Answers.find(tx, s.get().id()), FollowUps.applications(tx, s.get().id(), ApplicationViews.SHOWN),
        codes, org.jobline.abroad.AbroadOptIns.optedIn(tx, s.get().id()));
  }
}
