package org.jobline.refdata;

import java.util.List;

/** A trade (occupation) a job-seeker registers for; belongs to one category. */
public record Trade(String code, String category, String nameFr, String nameEn, List<String> synonyms)
    implements Named {}
