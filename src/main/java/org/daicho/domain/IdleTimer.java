package org.daicho.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Knows when the window has been idle too long (policy 2.4.4②: lock the screen when idle). Driven by a
 * {@link Clock}, so that tests move time instead of waiting.
 */
public final class IdleTimer {

    private final Clock clock;
    private volatile Duration limit;
    private volatile Instant lastActivity;

    public IdleTimer(Clock clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
        this.lastActivity = clock.instant();
    }

    /** Input happened now. */
    public void touch() {
        lastActivity = clock.instant();
    }

    public boolean isExpired() {
        return !clock.instant().isBefore(lastActivity.plus(limit));
    }

    public void setLimit(Duration newLimit) {
        this.limit = newLimit;
    }
}
