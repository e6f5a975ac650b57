package org.jobline.refdata;

import java.util.List;

/** A region job-seekers live in and vacancies are posted for. */
public record Region(String code, String nameFr, String nameEn, List<String> synonyms) implements Named {}
