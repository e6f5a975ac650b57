package org.jobline.sms;

import java.util.List;

/**
 * What an inbound text asks for. {@code args} are folded words (INSCRIRE), an upper-case ref (INFO,
 * POSTULER), a language code (LANGUE) or a digit and a ref (ANSWER); {@code language} is the keyword's
 * language, null when neutral.
 */
public record Command(Kind kind, List<String> args, String language) {
  public Command {
    args = List.copyOf(args);
  }

  /** The commands the SMS channel understands. */
  public enum Kind { REGISTER, OFFERS, INFO, APPLY, PROFILE, LANGUAGE, STOP, START, HELP, UNKNOWN,
    /** A numbered answer: "1" (to the question last asked) or "K4821 1" (about that vacancy); args: digit [, ref]. */
    ANSWER,
    /** QUESTIONS: (re)starts the optional profile questions. */
    QUESTIONS,
    /** SIGNALER / REPORT ref [text]: a scam report on a vacancy (issue 21); args: the ref. */
    REPORT,
    /** ETRANGER OUI|NON / ABROAD YES|NO: offers abroad on or off; args: "on", "off" or none. */
    ABROAD,
    /** MIGRATION [n]: the agency's safe-migration topics, or topic n; args: the number or none. */
    MIGRATION,
    /** VERIF name-or-licence: is this recruiter licensed? args: the folded words. */
    VERIFY }

  static Command unknown() {
    return new Command(Kind.UNKNOWN, List.of(), null);
  }

  /** The first argument, or null. */
  public String arg() {
    return args.isEmpty() ? null : args.get(0);
  }
}
