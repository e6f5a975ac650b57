package org.jobline.followup;

/** One vacancy a person said they were interested in (for "Mes candidatures"): its ref and title. */
public record Application(String ref, String title) {}
