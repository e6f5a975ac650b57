package org.jobline.refdata;

import java.util.List;

/** A reference entry with a code and a name per language. */
public interface Named {
  String code();

  String nameFr();

  String nameEn();

  List<String> synonyms();

  /** The name in {@code language} ("fr" or "en"); French for anything else. */
  default String name(String language) {
    return "en".equals(language) ? nameEn() : nameFr();
  }
}
