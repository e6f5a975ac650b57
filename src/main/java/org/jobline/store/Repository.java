package org.jobline.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a data-access class: the only kind of class outside {@code store} that may reach JDBC (through
 * {@link Tx#jdbc()}). It names the tables it owns; features call it inside a unit of work and never see
 * a connection (StorePortTest checks both).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Repository {
  /** The tables this class reads and writes (the first is the one it is named after). */
  String[] value();
}
