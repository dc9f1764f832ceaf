package org.daicho.service;

/**
 * How slow the password derivation is. Production uses PBKDF2-HMAC-SHA256 with 600,000 iterations (the
 * issue's minimum, OWASP 2023); each slot stores its own count, so a store made with another count still
 * opens. Tests use a low count to stay fast: never use {@link #forTests()} in the app.
 */
public record KeyDerivation(int iterations) {

    public static final KeyDerivation PRODUCTION = new KeyDerivation(600_000);

    public KeyDerivation {
        if (iterations < 1_000) {
            throw new IllegalArgumentException("too few iterations: " + iterations);
        }
    }

    public static KeyDerivation forTests() {
        return new KeyDerivation(1_000);
    }
}
