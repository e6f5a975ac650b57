package org.jobline.vacancy;

/**
 * How a vacancy is doing: matched (subscribers given an alert), alerted (alert SMS that left),
 * delivered (confirmed by the carrier), interested, plus alerts still queued (or unconfirmed) and
 * expired, and unknown: alerts whose fate no delivery report told (issue 25), counted apart.
 */
public record VacancyStats(String ref, long matched, long alerted, long delivered, long interested,
                           long queued, long expired, long unknown) {}
