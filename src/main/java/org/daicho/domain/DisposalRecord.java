package org.daicho.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One disposal record (forms.md C), from the application to the execution. Immutable; {@code id} is null until
 * stored. Times are office local time to the second.
 *
 * @param recordNo           記録番号, e.g. {@code D-2026-0001} (the fiscal year of the application)
 * @param applicantAccountId the account that applied (null only for records the app made itself, e.g. the demo)
 * @param applicantStaffId   that account's staff member (兼務の禁止 is checked against it)
 * @param decision           許可 or 却下; null while 申請中 or when cancelled before a decision
 * @param execution          the 実施記録; null until 完了
 * @param evidence           the evidence files attached, in the order attached
 */
public record DisposalRecord(
        Long id,
        String recordNo,
        DisposalStatus status,
        List<Long> assetIds,
        DisposalDraft application,
        Long applicantAccountId,
        Long applicantStaffId,
        LocalDateTime appliedAt,
        DisposalDecision decision,
        DisposalExecution execution,
        LocalDateTime cancelledAt,
        String cancelReason,
        List<EvidenceFile> evidence) {

    public DisposalRecord {
        assetIds = List.copyOf(assetIds);
        evidence = List.copyOf(evidence);
        cancelReason = cancelReason == null ? "" : cancelReason;
    }

    /** When permission was given (null when it has not been). */
    public LocalDateTime permittedAt() {
        if (decision == null || status == DisposalStatus.REQUESTED || status == DisposalStatus.REJECTED) {
            return null;
        }
        return decision.effectiveAt();
    }

    /** 年度 of the record: that of its execution when done, else of the application. */
    public FiscalYear fiscalYear() {
        return FiscalYear.of((execution != null ? execution.executedAt() : appliedAt).toLocalDate());
    }

    public DisposalRecord withId(long newId) {
        return new DisposalRecord(newId, recordNo, status, assetIds, application, applicantAccountId,
                applicantStaffId, appliedAt, decision, execution, cancelledAt, cancelReason, evidence);
    }

    public DisposalRecord decided(DisposalStatus next, DisposalDecision newDecision) {
        return new DisposalRecord(id, recordNo, next, assetIds, application, applicantAccountId, applicantStaffId,
                appliedAt, newDecision, execution, cancelledAt, cancelReason, evidence);
    }

    public DisposalRecord executed(DisposalExecution done) {
        return new DisposalRecord(id, recordNo, DisposalStatus.COMPLETED, assetIds, application, applicantAccountId,
                applicantStaffId, appliedAt, decision, done, cancelledAt, cancelReason, evidence);
    }

    public DisposalRecord cancelled(LocalDateTime at, String reason) {
        return new DisposalRecord(id, recordNo, DisposalStatus.CANCELLED, assetIds, application, applicantAccountId,
                applicantStaffId, appliedAt, decision, execution, at, reason, evidence);
    }

    public DisposalRecord withEvidence(List<EvidenceFile> files) {
        return new DisposalRecord(id, recordNo, status, assetIds, application, applicantAccountId, applicantStaffId,
                appliedAt, decision, execution, cancelledAt, cancelReason, files);
    }
}
