package org.jobline.vacancy;

import java.sql.SQLException;
import org.jobline.store.Tx;

/**
 * Decides, inside the transaction of an "open", whether the vacancy is published now or held for agency
 * staff (issue 21: an untrusted partner's offer waits for validation; a suspended one never opens again).
 * Implemented by the trust feature; {@link #ALWAYS} publishes everything.
 */
public interface PublishGate {
  PublishGate ALWAYS = (tx, actor, v) -> true;

  /** True to open {@code v} now; false when it is held (the gate recorded that). May throw a neutral error. */
  boolean publishNow(Tx tx, Actor actor, Vacancy v) throws SQLException;

  /** Before {@code actor} edits {@code v}, in the edit's transaction: may refuse (a neutral error) or forget a validation. */
  default void editing(Tx tx, Actor actor, Vacancy v) throws SQLException {}
}
