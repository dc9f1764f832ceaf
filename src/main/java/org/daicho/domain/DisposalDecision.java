package org.daicho.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 許可 or 却下 of a disposal application by a 情報セキュリティ管理者, in the app or on paper (紙決裁).
 *
 * @param approverAccountId the account that decided in the app; null for 紙決裁
 * @param approverStaffId   the staff member who decided: the account's staff, or the 紙決裁 approver
 * @param decidedAt         when the decision was recorded in the app
 * @param paperDecidedOn    the date on the paper (紙決裁 only)
 */
public record DisposalDecision(Long approverAccountId, long approverStaffId, LocalDateTime decidedAt,
        boolean paperApproval, LocalDate paperDecidedOn, String comment) {

    public DisposalDecision {
        comment = comment == null ? "" : comment;
    }

    /** When permission counts from: the paper's date at 00:00 for 紙決裁, else the time it was recorded. */
    public LocalDateTime effectiveAt() {
        return paperApproval && paperDecidedOn != null ? paperDecidedOn.atStartOfDay() : decidedAt;
    }
}
