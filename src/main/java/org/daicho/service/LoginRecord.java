package org.daicho.service;

import java.time.Instant;

/**
 * Shown right after a login (policy 2.6.2(4)): when this account last logged in (null the first time) and
 * how many wrong passwords were tried for it since then.
 */
public record LoginRecord(Instant previousLogin, int failedAttemptsSince, Instant lastFailedAttempt) {
}
