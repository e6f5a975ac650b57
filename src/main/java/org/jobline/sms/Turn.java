package org.jobline.sms;

import java.util.Optional;
import org.jobline.store.Tx;
import org.jobline.subscriber.Subscriber;

/**
 * One inbound text being handled inside the store transaction: who sent it, who they are (if known),
 * what they ask, and the language to answer in (theirs, else the keyword's, else the default).
 */
record Turn(Tx tx, long inboundId, String phone, Optional<Subscriber> subscriber, Command command,
            String language, long now) {

  static String languageFor(Optional<Subscriber> s, Command command, String defaultLanguage) {
    if (s.isPresent()) {
      return s.get().language();
    }
    return command.language() != null ? command.language() : defaultLanguage;
  }
}
