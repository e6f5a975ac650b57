package org.jobline.vacancy;

/**
 * How a vacancy is doing: matched (subscribers given an alert), alerted (alert SMS that left),
 * delivered (confirmed by the carrier), interested, plus alerts still queued and expired.
 */
public record VacancyStats(String ref, long matched, long alerted, long delivered, long interested,
                           long queued, long expired) {}
