package org.jobline.ussd;

/** The screens of the USSD menu; a {@link Node} is one of them with the choices made so far. */
enum Screen {
  MAIN, REGION, CATEGORY, TRADE, MORE, CONFIRM, VACANCIES, DETAIL, PROFILE, STOP, RESUME, LANGUAGE,
  /** The optional profile questions: the consent screen, then one screen per question. */
  CONSENT, AGE, SEX, DISABILITY, SCHOOLING,
  /** "Mes candidatures": the vacancies the caller was interested in, then what happened for one. */
  APPLICATIONS, OUTCOME,
  /** The optional partner code of a first registration (typed, not chosen): valid, it returns to CONFIRM with it. */
  PARTNER,
  /** "Signaler": why the caller reports the vacancy on the details screen (issue 21). */
  REPORT,
  /** Offers abroad on or off (profile); "Travail etranger": the agency's safe-migration topics (issue 21). */
  ABROAD, MIGRATION;

  /** Which flow a shared screen (region, category, trade) belongs to. */
  enum Mode { REGISTER, BROWSE, PROFILE }
}
