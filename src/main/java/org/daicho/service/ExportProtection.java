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

    private final char[] password;

    private ExportProtection(char[] password) {
        this.password = password;
    }

    /** ECMA-376 agile encryption (AES-256, SHA-512) with {@code password}; the array is copied. */
    public static ExportProtection withPassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("an export password cannot be empty");
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
