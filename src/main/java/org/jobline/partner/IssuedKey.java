package org.jobline.partner;

/** A freshly issued API key: shown once (only its SHA-256 hash is stored), with its display prefix. */
public record IssuedKey(Partner partner, String key, String prefix) {}
