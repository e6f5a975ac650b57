package org.jobline.outbox;

/**
 * One outbox row taken by the dispatcher (status 'sending'); {@code attempts} includes this one.
 * {@code alert} is true when an alerts row may point at it (it has a vacancy).
 */
record Claimed(long id, String recipient, String text, int segments, int priority, int attempts, boolean alert) {}
