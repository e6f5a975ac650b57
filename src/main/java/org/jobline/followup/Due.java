package org.jobline.followup;

/** An interest whose follow-up {@code round} is due: who to ask, in which language, about which vacancy. */
public record Due(long interestId, long subscriberId, String phone, String language, long vacancyId, String ref,
                  int round) {}
