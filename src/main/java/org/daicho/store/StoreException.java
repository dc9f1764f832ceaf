package org.daicho.store;

/**
 * The one exception the store throws. {@link Reason} says what a user should be told; the bundle holds
 * the message under {@code store.error.REASON}.
 */
public class StoreException extends RuntimeException {

    public enum Reason {
        /** Another Daicho (or process) has the store open: H2 error 90020. */
        IN_USE,
        /** The store file is there but is not a Daicho store, or lost its data (truncated or empty). */
        DAMAGED,
        /** The file cannot be decrypted (wrong key) or is encrypted when it should not be: 90049, 90030. */
        ENCRYPTION,
        /** A store already exists where a new one was to be made. */
        ALREADY_EXISTS,
        /** No store where one was expected. */
        NOT_FOUND,
        /** The disk or folder refused: full, read-only, missing. */
        IO,
        /** Anything else: a bug or an unexpected database answer. */
        UNEXPECTED
    }

    private final Reason reason;

    public StoreException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public StoreException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }
}
