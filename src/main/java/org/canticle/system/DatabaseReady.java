package org.canticle.system;

/**
 * Published once per start by {@link DatabaseGuard} when the database is reachable and
 * its schema migrated: at start when the database is up then (before the web server takes
 * requests), else when it first appears. Start-up data (the first admin, demo data)
 * listens for this, never for the application's start: the schema may not exist then.
 * Listeners run before the API is opened, so they must be idempotent: a listener failing
 * because the database went away again runs again with the next event.
 */
public record DatabaseReady() {
}
