package org.xinyu.platform;

/**
 * Fired once at start-up after the schema is migrated. Features observe it, ordered by {@code @Priority}:
 * {@link #ACCOUNTS} (first administrator), {@link #RULES} (seed rule set 1), {@link #DEMO} (demo district).
 */
public record ApplicationStarted(boolean demo) {
    public static final int ACCOUNTS = 100;
    public static final int RULES = 200;
    public static final int DEMO = 300;
}
