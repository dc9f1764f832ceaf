package org.daicho.domain;

/**
 * 方法区分: the three sanitisation categories of NIST SP 800-88 (Rev.1 §2.5, Rev.2 §3). Labels:
 * {@code enum.SanitisationMethod.NAME}. Ordered from weakest to strongest.
 */
public enum SanitisationMethod {
    /** Clear: logical techniques against simple, non-invasive recovery (e.g. overwriting user-addressable space). */
    CLEAR,
    /** Purge: physical or logical techniques that defeat laboratory recovery (crypto erase, block erase, degauss). */
    PURGE,
    /** Destroy: the media cannot be used again (shred, disintegrate, pulverise, melt, incinerate). */
    DESTROY;

    public boolean isAtLeast(SanitisationMethod other) {
        return compareTo(other) >= 0;
    }
}
