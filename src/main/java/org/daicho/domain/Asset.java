package org.daicho.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the 情報資産管理台帳 (forms.md A). Immutable; {@code id} is null until stored.
 * Built from user input only through {@link AssetValidator}, so a stored asset is always valid.
 */
public record Asset(
        Long id,
        String assetNo,
        String businessCategory,
        String name,
        AssetKind kind,
        String medium,
        NetworkZone networkZone,
        String maker,
        String model,
        String serialNo,
        long sectionId,
        Long managerStaffId,
        String users,
        Classification classes,
        PersonalInfoKind personalInfo,
        String storagePlace,
        boolean lockedStorage,
        boolean encrypted,
        LocalDate acquiredOn,
        Ownership ownership,
        LocalDate leaseEndsOn,
        AssetStatus status,
        LocalDate retentionUntil,
        LocalDate registeredOn,
        LocalDate lastReviewedOn,
        String disposalRecordNo,
        String note) {

    public List<HandlingRestriction> restrictions() {
        return HandlingRestriction.forClasses(classes);
    }

    public List<StorageWarning> storageWarnings() {
        return StorageWarning.check(kind, classes, lockedStorage, encrypted);
    }

    /** A disposed or returned asset is kept but never edited again (policy-duties: read-only). */
    public boolean isReadOnly() {
        return status.isFinal();
    }

    public Asset withId(long newId) {
        return new Asset(newId, assetNo, businessCategory, name, kind, medium, networkZone, maker, model, serialNo,
                sectionId, managerStaffId, users, classes, personalInfo, storagePlace, lockedStorage, encrypted,
                acquiredOn, ownership, leaseEndsOn, status, retentionUntil, registeredOn, lastReviewedOn,
                disposalRecordNo, note);
    }
}
