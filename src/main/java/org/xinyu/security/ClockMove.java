package org.xinyu.security;

import org.xinyu.platform.problem.Required;

import java.time.Duration;

/** Moving the server's clock forward by {@code by} (never back: what time alone changes only happens forwards). */
public record ClockMove(@Required Duration by) {
}
