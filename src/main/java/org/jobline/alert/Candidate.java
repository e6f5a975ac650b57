package org.jobline.alert;

/**
 * A subscriber to alert: id, phone, language, how many alerts are already due for them today, and whether the
 * vacancy's tags target them (their optional answers: then it goes before untargeted ones under the daily cap).
 */
record Candidate(long subscriberId, String phone, String language, int dueToday, boolean targeted) {}
