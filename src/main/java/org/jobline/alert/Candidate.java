package org.jobline.alert;

/** A subscriber to alert: id, phone, language, and how many alerts are already due for them today. */
record Candidate(long subscriberId, String phone, String language, int dueToday) {}
