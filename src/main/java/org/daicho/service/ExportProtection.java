package org.daicho.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether an exported workbook is written as a password-encrypted .xlsx (policy 2.3(2)⑦⑨: 機密性2+ data that
 * leaves the office is encrypted). The password is held only for the one export and never stored: {@link #clear}
 * overwrites it once the file is written.
 */
public final class ExportProtection {

    /** A plain .xlsx. */
    public static final ExportProtection NONE = new ExportProtection(null);

    /**
     * The shortest export password: long enough not to be guessed offline in a day, short enough to pass on by
     * telephone. The window and the command line both say so before anything is written.
     */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final char[] password;

    private ExportProtection(char[] password) {
        this.password = password;
    }

    /**
     * ECMA-376 agile encryption (AES-256, SHA-512) with {@code password}; the array is copied.
     *
     * @throws IllegalArgumentException when it is shorter than {@link #MIN_PASSWORD_LENGTH} (the callers check
     *                                  first, to say so in the clerk's words)
     */
    public static ExportProtection withPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("an export password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return new ExportProtection(password.clone());
    }

    public boolean encrypted() {
        return password != null;
    }

    Optional<char[]> password() {
        return Optional.ofNullable(password);
    }

    /** Overwrites the held password. */
    public void clear() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
