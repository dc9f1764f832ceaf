package org.daicho.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * One 持出・持込 record (forms.md B), from the application to the return. Immutable; {@code id} is null until
 * stored. Times are office local time. For 持込, {@code plannedOut}–{@code plannedReturn} is the period of use,
 * {@code actualOut} when the device was brought in and {@code actualReturn} when it was taken away again.
 *
 * @param applicantAccountId   the account that applied (null only for records the app made itself, e.g. the demo)
 * @param applicantStaffId     that account's staff member at the time (兼務の禁止 is checked against it)
 * @param approverAccountId    the account that approved or rejected in the app; null for 紙決裁
 * @param approverStaffId      the staff member who decided: the account's staff, or the 紙決裁 approver
 * @param decidedAt            when the decision was recorded in the app
 * @param paperApproval        whether permission was given on paper (紙決裁)
 * @param paperDecidedOn       the date on the paper (紙決裁 only)
 * @param returnCheckerStaffId 返却確認者: never the carrier
 */
public record CarryRecord(
        Long id,
        CarryKind kind,
        CarryStatus status,
        List<Long> assetIds,
        CarryDevice device,
        long carrierStaffId,
        Long applicantAccountId,
        Long applicantStaffId,
        LocalDateTime appliedAt,
        String purpose,
        String destination,
        LocalDateTime plannedOut,
        LocalDateTime plannedReturn,
        Set<CarryMeasure> measures,
        String confidential3Reason,
        String warningReason,
        boolean virusScanned,
        boolean patchesApplied,
        boolean permissionRequired,
        Long approverAccountId,
        Long approverStaffId,
        LocalDateTime decidedAt,
        boolean paperApproval,
        LocalDate paperDecidedOn,
        String decisionComment,
        LocalDateTime actualOut,
        LocalDateTime actualReturn,
        Long returnCheckerStaffId,
        LocalDateTime cancelledAt,
        String cancelReason) {

    public CarryRecord {
        assetIds = List.copyOf(assetIds);
        measures = Set.copyOf(measures);
    }

    /**
     * 返却遅延: gone out and not back although the planned return has passed ({@code now} strictly after it).
     * A planned return of 17:00 is overdue from 17:00:00.001 the same day; one of 00:00 from just after midnight.
     */
    public boolean isOverdue(LocalDateTime now) {
        return status == CarryStatus.OUT && plannedReturn != null && now.isAfter(plannedReturn);
    }

    /** Whole calendar days since the planned return day (0 while overdue on that same day). */
    public long daysOverdue(LocalDate today) {
        if (plannedReturn == null || status != CarryStatus.OUT) {
            return 0;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(plannedReturn.toLocalDate(), today);
        return Math.max(0, days);
    }

    /** 年度 of the record: that of its planned out day (the log of a fiscal year lists these). */
    public FiscalYear fiscalYear() {
        return FiscalYear.of(plannedOut.toLocalDate());
    }

    /** When permission was given, as shown in forms: the paper's date at 00:00 for 紙決裁. */
    public LocalDateTime permittedAt() {
        if (status == CarryStatus.REQUESTED || status == CarryStatus.REJECTED || approverStaffId == null) {
            return null;
        }
        return paperApproval && paperDecidedOn != null ? paperDecidedOn.atStartOfDay() : decidedAt;
    }

    public CarryRecord withId(long newId) {
        return new CarryRecord(newId, kind, status, assetIds, device, carrierStaffId, applicantAccountId,
                applicantStaffId, appliedAt, purpose, destination, plannedOut, plannedReturn, measures,
                confidential3Reason, warningReason, virusScanned, patchesApplied, permissionRequired,
                approverAccountId, approverStaffId, decidedAt, paperApproval, paperDecidedOn, decisionComment,
                actualOut, actualReturn, returnCheckerStaffId, cancelledAt, cancelReason);
    }

    /** The record after a decision (許可 or 却下). */
    public CarryRecord decided(CarryStatus next, Long accountId, Long staffId, LocalDateTime at, boolean paper,
            LocalDate paperOn, String comment) {
        return new CarryRecord(id, kind, next, assetIds, device, carrierStaffId, applicantAccountId,
                applicantStaffId, appliedAt, purpose, destination, plannedOut, plannedReturn, measures,
                confidential3Reason, warningReason, virusScanned, patchesApplied, permissionRequired,
                accountId, staffId, at, paper, paperOn, comment, actualOut, actualReturn,
                returnCheckerStaffId, cancelledAt, cancelReason);
    }

    /** The record gone out at {@code at}. */
    public CarryRecord wentOut(LocalDateTime at) {
        return new CarryRecord(id, kind, CarryStatus.OUT, assetIds, device, carrierStaffId, applicantAccountId,
                applicantStaffId, appliedAt, purpose, destination, plannedOut, plannedReturn, measures,
                confidential3Reason, warningReason, virusScanned, patchesApplied, permissionRequired,
                approverAccountId, approverStaffId, decidedAt, paperApproval, paperDecidedOn, decisionComment,
                at, actualReturn, returnCheckerStaffId, cancelledAt, cancelReason);
    }

    /** The record returned at {@code at}, checked by {@code checkerStaffId}. */
    public CarryRecord returned(LocalDateTime at, long checkerStaffId) {
        return new CarryRecord(id, kind, CarryStatus.RETURNED, assetIds, device, carrierStaffId, applicantAccountId,
                applicantStaffId, appliedAt, purpose, destination, plannedOut, plannedReturn, measures,
                confidential3Reason, warningReason, virusScanned, patchesApplied, permissionRequired,
                approverAccountId, approverStaffId, decidedAt, paperApproval, paperDecidedOn, decisionComment,
                actualOut, at, checkerStaffId, cancelledAt, cancelReason);
    }

    /** The record cancelled at {@code at} for {@code reason}. */
    public CarryRecord cancelled(LocalDateTime at, String reason) {
        return new CarryRecord(id, kind, CarryStatus.CANCELLED, assetIds, device, carrierStaffId, applicantAccountId,
                applicantStaffId, appliedAt, purpose, destination, plannedOut, plannedReturn, measures,
                confidential3Reason, warningReason, virusScanned, patchesApplied, permissionRequired,
                approverAccountId, approverStaffId, decidedAt, paperApproval, paperDecidedOn, decisionComment,
                actualOut, actualReturn, returnCheckerStaffId, at, reason);
    }
}
