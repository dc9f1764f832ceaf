package org.daicho.domain;

/**
 * The fields of a carry record: names of validation errors and of change-history fields. Labels:
 * {@code carry.field.NAME}.
 */
public enum CarryField {
    KIND,
    STATUS,
    ASSETS,
    DEVICE_OWNER,
    DEVICE_KIND,
    DEVICE_MODEL,
    CARRIER,
    APPLICANT,
    APPLICANT_STAFF,
    APPLIED_AT,
    PURPOSE,
    DESTINATION,
    PLANNED_OUT,
    PLANNED_RETURN,
    MEASURES,
    CONFIDENTIAL3_REASON,
    WARNING_REASON,
    VIRUS_SCANNED,
    PATCHES_APPLIED,
    PERMISSION_REQUIRED,
    APPROVER_ACCOUNT,
    APPROVER,
    DECIDED_AT,
    PAPER_APPROVAL,
    PAPER_DECIDED_ON,
    DECISION_COMMENT,
    ACTUAL_OUT,
    ACTUAL_RETURN,
    RETURN_CHECKER,
    CANCELLED_AT,
    CANCEL_REASON
}
