package org.jobline.sms;

import java.sql.SQLException;

/** Carries out one kind of command inside the transaction and says what to answer. */
interface CommandHandler {
  Reply handle(Turn turn) throws SQLException;
}
