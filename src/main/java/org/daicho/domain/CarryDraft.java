package org.daicho.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What a clerk enters for a new application (申請). Checked by {@link CarryRules#assess}; the service adds the
 * applicant (the logged-in account) and the time.
 *
 * @param kind                 持出 or 持込
 * @param assetIds             持出: one or more assets of the ledger (empty for 持込)
 * @param device               持込: the non-issued device (null for 持出)
 * @param carrierStaffId       the staff member who carries the assets or brings the device
 * @param plannedOut           持出予定日時; for 持込 the start of the period of use (使用期間)
 * @param plannedReturn        返却予定日時; for 持込 the end of the period of use
 * @param measures             保護措置 (may be empty)
 * @param confidential3Reason  required when an asset is 機密性3
 * @param warningReason        required when a 機密性2+ asset goes without encryption or a password: the
 *                             acknowledged warning's reason
 * @param virusScanned         持込: checked for viruses before connecting (policy 2.6.2(2)⑥)
 * @param patchesApplied       持込: patches checked before connecting
 */
public record CarryDraft(
        CarryKind kind,
        List<Long> assetIds,
        CarryDevice device,
        Long carrierStaffId,
        String purpose,
        String destination,
        LocalDateTime plannedOut,
        LocalDateTime plannedReturn,
        Set<CarryMeasure> measures,
        String confidential3Reason,
        String warningReason,
        boolean virusScanned,
        boolean patchesApplied) {

    public CarryDraft {
        assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
        measures = measures == null ? Set.of() : Set.copyOf(measures);
        purpose = purpose == null ? "" : purpose.strip();
        destination = destination == null ? "" : destination.strip();
        confidential3Reason = confidential3Reason == null ? "" : confidential3Reason.strip();
        warningReason = warningReason == null ? "" : warningReason.strip();
    }

    /** A 持出 of ledger assets. */
    public static CarryDraft carryOut(List<Long> assetIds, Long carrierStaffId, String purpose, String destination,
            LocalDateTime plannedOut, LocalDateTime plannedReturn, Set<CarryMeasure> measures,
            String confidential3Reason, String warningReason) {
        return new CarryDraft(CarryKind.CARRY_OUT, assetIds, null, carrierStaffId, purpose, destination, plannedOut,
                plannedReturn, measures, confidential3Reason, warningReason, false, false);
    }

    /** A 持込 of a non-issued device for the period {@code useFrom} – {@code useUntil}. */
    public static CarryDraft bringIn(CarryDevice device, Long carrierStaffId, String purpose, String placeOfUse,
            LocalDateTime useFrom, LocalDateTime useUntil, Set<CarryMeasure> measures, boolean virusScanned,
            boolean patchesApplied) {
        return new CarryDraft(CarryKind.BRING_IN, List.of(), device, carrierStaffId, purpose, placeOfUse, useFrom,
                useUntil, measures, "", "", virusScanned, patchesApplied);
    }
}
