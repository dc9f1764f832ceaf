package org.daicho.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of 持出・持込 (policy 2.3(2)⑧, 2.5.1(1)③④⑤, 2.6.2(2)⑥, 2.2(8) 兼務の禁止). Pure functions: the
 * service looks the assets and people up and calls these before it writes anything.
 */
public final class CarryRules {

    public static final int MAX_TEXT = 200;
    public static final int MAX_REASON = 500;
    public static final int MAX_DEVICE = 100;

    private CarryRules() {
    }

    /**
     * Whether the 情報セキュリティ管理者's permission is needed before going out: every 持込 of a non-issued
     * device (2.5.1(1)④), and a 持出 of any asset of 機密性2+, 完全性2 or 可用性2.
     */
    public static boolean permissionRequired(CarryKind kind, List<Asset> assets) {
        if (kind == CarryKind.BRING_IN) {
            return true;
        }
        return assets.stream().anyMatch(a -> a.classes().isConfidential() || a.classes().integrity() >= 2
                || a.classes().availability() >= 2);
    }

    /** A 機密性2+ asset going without encryption or a password: a warning to acknowledge with a reason. */
    public static boolean protectionWarning(List<Asset> assets, java.util.Set<CarryMeasure> measures) {
        boolean confidential = assets.stream().anyMatch(a -> a.classes().isConfidential());
        boolean protectedData = measures.stream().anyMatch(CarryMeasure::protectsData);
        return confidential && !protectedData;
    }

    /**
     * Checks a draft against every rule. {@code assets} maps the draft's asset ids to the assets found in the
     * ledger (a missing id is an error).
     */
    public static CarryAssessment assess(CarryDraft draft, Map<Long, Asset> assets) {
        List<FieldError> errors = new ArrayList<>();
        List<Asset> chosen = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(FieldError.of(CarryField.KIND, "validation.choose"));
        } else if (draft.kind() == CarryKind.CARRY_OUT) {
            if (draft.assetIds().isEmpty()) {
                errors.add(FieldError.of(CarryField.ASSETS, "validation.choose"));
            }
            for (Long id : new LinkedHashSet<>(draft.assetIds())) {
                Asset asset = id == null ? null : assets.get(id);
                if (asset == null) {
                    errors.add(FieldError.of(CarryField.ASSETS, "carry.error.assetMissing", String.valueOf(id)));
                    continue;
                }
                chosen.add(asset);
                if (asset.status().isFinal()) {
                    errors.add(FieldError.of(CarryField.ASSETS, "carry.error.assetFinal", asset.assetNo()));
                } else if (asset.status() == AssetStatus.CARRIED_OUT) {
                    errors.add(FieldError.of(CarryField.ASSETS, "carry.error.assetOut", asset.assetNo()));
                }
                if (asset.networkZone() == NetworkZone.MY_NUMBER) {
                    errors.add(FieldError.of(CarryField.ASSETS, "carry.error.myNumber", asset.assetNo()));
                }
            }
        } else {
            if (!draft.assetIds().isEmpty()) {
                errors.add(FieldError.of(CarryField.ASSETS, "carry.error.bringInAssets"));
            }
            CarryDevice device = draft.device() == null ? new CarryDevice("", "", "") : draft.device();
            required(errors, CarryField.DEVICE_OWNER, device.owner(), MAX_DEVICE);
            required(errors, CarryField.DEVICE_KIND, device.kind(), MAX_DEVICE);
            required(errors, CarryField.DEVICE_MODEL, device.model(), MAX_DEVICE);
        }
        if (draft.carrierStaffId() == null) {
            errors.add(FieldError.of(CarryField.CARRIER, "validation.choose"));
        }
        required(errors, CarryField.PURPOSE, draft.purpose(), MAX_TEXT);
        required(errors, CarryField.DESTINATION, draft.destination(), MAX_TEXT);
        if (draft.plannedOut() == null) {
            errors.add(FieldError.of(CarryField.PLANNED_OUT, "validation.required"));
        }
        if (draft.plannedReturn() == null) {
            errors.add(FieldError.of(CarryField.PLANNED_RETURN, "validation.required"));
        }
        if (draft.plannedOut() != null && draft.plannedReturn() != null
                && !draft.plannedReturn().isAfter(draft.plannedOut())) {
            errors.add(FieldError.of(CarryField.PLANNED_RETURN, "carry.error.returnBeforeOut"));
        }
        int highest = chosen.stream().mapToInt(a -> a.classes().confidentiality()).max().orElse(1);
        boolean confidential3 = highest >= 3;
        boolean warning = draft.kind() == CarryKind.CARRY_OUT && protectionWarning(chosen, draft.measures());
        if (confidential3 && draft.confidential3Reason().isEmpty()) {
            errors.add(FieldError.of(CarryField.CONFIDENTIAL3_REASON, "carry.error.confidential3Reason"));
        }
        if (warning && draft.warningReason().isEmpty()) {
            errors.add(FieldError.of(CarryField.WARNING_REASON, "carry.error.warningReason"));
        }
        tooLong(errors, CarryField.CONFIDENTIAL3_REASON, draft.confidential3Reason(), MAX_REASON);
        tooLong(errors, CarryField.WARNING_REASON, draft.warningReason(), MAX_REASON);
        boolean permission = draft.kind() != null && permissionRequired(draft.kind(), chosen);
        return new CarryAssessment(permission, confidential3, warning, highest, errors);
    }

    private static void required(List<FieldError> errors, CarryField field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else {
            tooLong(errors, field, value, max);
        }
    }

    private static void tooLong(List<FieldError> errors, CarryField field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    /**
     * The status after {@code action}, or a {@link ValidationException} naming why the move is refused:
     * going out without the permission it needs, or a move the status does not allow.
     */
    public static CarryStatus next(CarryRecord record, CarryAction action) {
        Optional<CarryStatus> next = record.status().after(action, record.permissionRequired());
        if (next.isPresent()) {
            return next.get();
        }
        if (action == CarryAction.MARK_OUT && record.status() == CarryStatus.REQUESTED) {
            throw refusal(CarryField.STATUS, "carry.error.needsPermission");
        }
        throw refusal(CarryField.STATUS, "carry.error.transition." + action.name());
    }

    /**
     * 兼務の禁止 (2.2(8)): neither the applicant nor the carrier may decide on the application, in the app or on
     * paper. {@code approverAccountId} is null for 紙決裁.
     */
    public static Optional<FieldError> approverConflict(CarryRecord record, Long approverAccountId,
            long approverStaffId) {
        if (approverStaffId == record.carrierStaffId()) {
            return Optional.of(FieldError.of(CarryField.APPROVER, "carry.error.approverIsCarrier"));
        }
        if ((approverAccountId != null && approverAccountId.equals(record.applicantAccountId()))
                || Objects.equals(approverStaffId, record.applicantStaffId())) {
            return Optional.of(FieldError.of(CarryField.APPROVER, "carry.error.approverIsApplicant"));
        }
        return Optional.empty();
    }

    /** 返却確認者 must be someone other than the carrier. */
    public static Optional<FieldError> returnCheckerConflict(CarryRecord record, long checkerStaffId) {
        if (checkerStaffId == record.carrierStaffId()) {
            return Optional.of(FieldError.of(CarryField.RETURN_CHECKER, "carry.error.checkerIsCarrier"));
        }
        return Optional.empty();
    }

    public static ValidationException refusal(CarryField field, String messageKey, Object... args) {
        return new ValidationException(List.of(FieldError.of(field, messageKey, args)));
    }
}
