package org.daicho.domain;

/**
 * Lockout and idle lock (policy 2.4.4②, 2.6.2(4)): after {@code maxAttempts} wrong passwords in a row an
 * account is locked for {@code lockMinutes}; the window locks after {@code idleMinutes} without input.
 */
public record LoginPolicy(int maxAttempts, int lockMinutes, int idleMinutes) {

    public static final LoginPolicy DEFAULT = new LoginPolicy(5, 15, 15);

    public LoginPolicy {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("maxAttempts 1–20: " + maxAttempts);
        }
        if (lockMinutes < 1 || lockMinutes > 24 * 60) {
            throw new IllegalArgumentException("lockMinutes 1–1440: " + lockMinutes);
        }
        if (idleMinutes < 1 || idleMinutes > 240) {
            throw new IllegalArgumentException("idleMinutes 1–240: " + idleMinutes);
        }
    }
}
