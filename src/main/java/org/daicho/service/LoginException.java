package org.daicho.service;

import java.time.Instant;

/**
 * A login that did not succeed. The message never says whether the user name exists (no help for someone
 * guessing accounts). Bundle keys: {@code login.error.REASON}.
 */
public class LoginException extends RuntimeException {

    public enum Reason {
        /** Unknown user name or wrong password (the same answer for both). */
        WRONG_CREDENTIALS,
        /** Too many wrong passwords in a row: locked until {@link #lockedUntil()}. */
        LOCKED,
        /** A wrong recovery key. */
        WRONG_RECOVERY_KEY
    }

    private final Reason reason;
    private final Instant lockedUntil;

    public LoginException(Reason reason, Instant lockedUntil) {
        super(reason + (lockedUntil == null ? "" : " until " + lockedUntil));
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    public Reason reason() {
        return reason;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
