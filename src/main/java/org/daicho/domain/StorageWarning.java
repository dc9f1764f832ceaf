package org.daicho.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Warnings shown (not refusals) when a portable medium of a raised class is kept unlocked or
 * unencrypted: policy 2.3(1) (locked storage of media) and 2.3(2)⑧ (encryption when carried).
 * Labels live in the message bundle under {@code warning.NAME}.
 */
public enum StorageWarning {
    MEDIUM_NOT_LOCKED,
    MEDIUM_NOT_ENCRYPTED;

    public static List<StorageWarning> check(AssetKind kind, Classification classes, boolean locked, boolean encrypted) {
        List<StorageWarning> warnings = new ArrayList<>();
        if (kind == null || classes == null || !kind.isPortableMedium() || !classes.needsLockedStorage()) {
            return warnings;
        }
        if (!locked) {
            warnings.add(MEDIUM_NOT_LOCKED);
        }
        if (!encrypted) {
            warnings.add(MEDIUM_NOT_ENCRYPTED);
        }
        return warnings;
    }
}
