package org.jobline.aggregator;

/** One addressee of a send: the outbox row it belongs to and the E.164 phone number. */
public record Recipient(long outboxId, String phone) {}
