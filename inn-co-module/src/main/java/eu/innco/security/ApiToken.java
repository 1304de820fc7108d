package eu.innco.security;

import java.time.Instant;

/** A bearer token as listed: never the secret, which is shown once at creation. */
public record ApiToken(String id, String username, String label, Instant created, Instant lastUsed) {}
