package org.jobline.outbox;

/** One outbox row taken by the dispatcher (status 'sending'); {@code attempts} includes this one. */
record Claimed(long id, String recipient, String text, int segments, int priority, int attempts) {}
