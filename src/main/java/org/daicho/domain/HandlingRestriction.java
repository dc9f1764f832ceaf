package org.daicho.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * 取扱制限: the handling rules that follow from an asset's classes, as listed in the classification
 * tables of policy 2.3(1). Labels live in the message bundle under {@code restriction.NAME}.
 */
public enum HandlingRestriction {
    // 機密性3
    NO_WORK_ON_NON_ISSUED_TERMINALS,
    NO_EXCESS_COPIES,
    // 機密性2 以上
    LIMITED_STORAGE_PLACE,
    ENCRYPT_WHEN_SENDING_OR_CARRYING,
    PERMISSION_TO_CARRY_OR_PROVIDE,
    UNRECOVERABLE_DISPOSAL,
    TRUSTED_NETWORK_ONLY,
    // 機密性2 以上 or 完全性2
    OUTSIDE_PROCESSING_MEASURES,
    // 完全性2
    BACKUP_AND_SIGNATURE,
    // 可用性2
    BACKUP_AND_TIMELY_RECOVERY,
    // 機密性2 以上, 完全性2 or 可用性2
    LOCKED_STORAGE_OF_MEDIA;

    /** The rules for the given classes, in the order the policy lists them. Empty for 1/1/1. */
    public static List<HandlingRestriction> forClasses(Classification classes) {
        List<HandlingRestriction> rules = new ArrayList<>();
        if (classes.confidentiality() >= 3) {
            rules.add(NO_WORK_ON_NON_ISSUED_TERMINALS);
            rules.add(NO_EXCESS_COPIES);
        }
        if (classes.confidentiality() >= 2) {
            rules.add(LIMITED_STORAGE_PLACE);
            rules.add(ENCRYPT_WHEN_SENDING_OR_CARRYING);
            // 2.3(2)⑧⑨: carrying or providing 機密性2+ needs the 情報セキュリティ管理者's permission
            rules.add(PERMISSION_TO_CARRY_OR_PROVIDE);
            rules.add(UNRECOVERABLE_DISPOSAL);
            rules.add(TRUSTED_NETWORK_ONLY);
        }
        if (classes.confidentiality() >= 2 || classes.integrity() >= 2) {
            rules.add(OUTSIDE_PROCESSING_MEASURES);
        }
        if (classes.integrity() >= 2) {
            rules.add(BACKUP_AND_SIGNATURE);
        }
        if (classes.availability() >= 2) {
            rules.add(BACKUP_AND_TIMELY_RECOVERY);
        }
        if (classes.needsLockedStorage()) {
            rules.add(LOCKED_STORAGE_OF_MEDIA);
        }
        return List.copyOf(rules);
    }
}
