package org.daicho.domain;

import static org.daicho.domain.TextRules.LONG_TEXT;
import static org.daicho.domain.TextRules.SHORT_TEXT;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks an {@link AssetDraft} field by field (policy 2.6.3(5)①: every input checked with a clear
 * message). Uniqueness of the 管理番号 needs the store and is checked by the service.
 */
public final class AssetValidator {

    /** Letters, digits and - _ / . : what fits on a numbered sticker and sorts well. */
    private static final Pattern ASSET_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_/.\\-]{0,29}");

    private AssetValidator() {
    }

    /**
     * @param registeredOn the 登録日 to keep (today for a new asset, the stored one when editing)
     * @param today        the day that "in the future" is measured from
     */
    public static Validation<Asset> validate(Long id, AssetDraft d, LocalDate registeredOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();

        // 全角 digits and lower case typed by mistake would make PC-0001 and ｐｃ－０００１ two assets
        String assetNo = normaliseAssetNo(TextRules.required(errors, AssetField.ASSET_NO, d.assetNo(), 30));
        if (!assetNo.isEmpty() && !TextRules.hasError(errors, AssetField.ASSET_NO) && !ASSET_NO.matcher(assetNo).matches()) {
            errors.add(FieldError.of(AssetField.ASSET_NO, "validation.assetNo.format"));
        }
        String businessCategory = TextRules.optional(errors, AssetField.BUSINESS_CATEGORY, d.businessCategory(), SHORT_TEXT);
        String name = TextRules.required(errors, AssetField.NAME, d.name(), SHORT_TEXT);
        AssetKind kind = TextRules.requiredChoice(errors, AssetField.KIND, d.kind());
        String medium = TextRules.optional(errors, AssetField.MEDIUM, d.medium(), SHORT_TEXT);
        NetworkZone zone = TextRules.requiredChoice(errors, AssetField.NETWORK_ZONE, d.networkZone());
        String maker = TextRules.optional(errors, AssetField.MAKER, d.maker(), SHORT_TEXT);
        String model = TextRules.optional(errors, AssetField.MODEL, d.model(), SHORT_TEXT);
        String serialNo = TextRules.optional(errors, AssetField.SERIAL_NO, d.serialNo(), SHORT_TEXT);
        Long sectionId = TextRules.requiredChoice(errors, AssetField.SECTION, d.sectionId());
        Long managerId = TextRules.requiredChoice(errors, AssetField.MANAGER, d.managerStaffId());
        String users = TextRules.optional(errors, AssetField.USERS, d.users(), SHORT_TEXT);
        Integer c = classValue(errors, AssetField.CONFIDENTIALITY, d.confidentiality(), 3);
        Integer i = classValue(errors, AssetField.INTEGRITY, d.integrity(), 2);
        Integer a = classValue(errors, AssetField.AVAILABILITY, d.availability(), 2);
        PersonalInfoKind personalInfo = TextRules.requiredChoice(errors, AssetField.PERSONAL_INFO, d.personalInfo());
        if (personalInfo != null && personalInfo != PersonalInfoKind.NONE && c != null && c < 2) {
            // Personal data is at least 機密性2 (総務省 guideline on classification; policy 2.3(1))
            errors.add(FieldError.of(AssetField.CONFIDENTIALITY, "validation.personalInfoNeedsC2"));
        }
        String storagePlace = TextRules.required(errors, AssetField.STORAGE_PLACE, d.storagePlace(), SHORT_TEXT);

        LocalDate acquiredOn = TextRules.date(errors, AssetField.ACQUIRED_ON, d.acquiredOn());
        TextRules.notAfterToday(errors, AssetField.ACQUIRED_ON, acquiredOn, today);
        Ownership ownership = TextRules.requiredChoice(errors, AssetField.OWNERSHIP, d.ownership());
        LocalDate leaseEndsOn;
        if (ownership == Ownership.LEASED) {
            leaseEndsOn = TextRules.requiredDate(errors, AssetField.LEASE_ENDS_ON, d.leaseEndsOn());
            if (leaseEndsOn != null && acquiredOn != null && !leaseEndsOn.isAfter(acquiredOn)) {
                errors.add(FieldError.of(AssetField.LEASE_ENDS_ON, "validation.leaseEndBeforeStart"));
            }
        } else {
            leaseEndsOn = TextRules.date(errors, AssetField.LEASE_ENDS_ON, d.leaseEndsOn());
            if (leaseEndsOn != null) {
                errors.add(FieldError.of(AssetField.LEASE_ENDS_ON, "validation.leaseEndOnlyForLease"));
            }
        }
        AssetStatus status = TextRules.requiredChoice(errors, AssetField.STATUS, d.status());
        LocalDate retentionUntil = TextRules.date(errors, AssetField.RETENTION_UNTIL, d.retentionUntil());
        LocalDate lastReviewedOn = TextRules.date(errors, AssetField.LAST_REVIEWED_ON, d.lastReviewedOn());
        TextRules.notAfterToday(errors, AssetField.LAST_REVIEWED_ON, lastReviewedOn, today);
        String disposalRecordNo = TextRules.optional(errors, AssetField.DISPOSAL_RECORD_NO, d.disposalRecordNo(), 30);
        if (status != null && status.isFinal() && disposalRecordNo.isEmpty()) {
            errors.add(FieldError.of(AssetField.DISPOSAL_RECORD_NO, "validation.disposalRecordNeeded"));
        }
        String note = TextRules.optional(errors, AssetField.NOTE, d.note(), LONG_TEXT);

        if (!errors.isEmpty()) {
            return new Validation<>(null, errors);
        }
        Asset asset = new Asset(id, assetNo, businessCategory, name, kind, medium, zone, maker, model, serialNo,
                sectionId, managerId, users, new Classification(c, i, a), personalInfo, storagePlace,
                d.lockedStorage(), d.encrypted(), acquiredOn, ownership, leaseEndsOn, status, retentionUntil,
                registeredOn, lastReviewedOn, disposalRecordNo, note);
        return new Validation<>(asset, List.of());
    }

    /** NFKC (full-width to half-width) and upper case: the form a 管理番号 is stored and compared in. */
    public static String normaliseAssetNo(String assetNo) {
        return Normalizer.normalize(assetNo == null ? "" : assetNo.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    }

    private static Integer classValue(List<FieldError> errors, AssetField field, Integer value, int max) {
        if (value == null) {
            errors.add(FieldError.of(field, "validation.choose"));
            return null;
        }
        if (value < 1 || value > max) {
            errors.add(FieldError.of(field, "validation.classRange", max));
            return null;
        }
        return value;
    }
}
