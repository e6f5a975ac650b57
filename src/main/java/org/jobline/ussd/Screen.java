package org.jobline.ussd;

/** The screens of the USSD menu; a {@link Node} is one of them with the choices made so far. */
enum Screen {
  MAIN, REGION, CATEGORY, TRADE, MORE, CONFIRM, VACANCIES, DETAIL, PROFILE, STOP, RESUME, LANGUAGE;

  /** Which flow a shared screen (region, category, trade) belongs to. */
  enum Mode { REGISTER, BROWSE, PROFILE }
}
