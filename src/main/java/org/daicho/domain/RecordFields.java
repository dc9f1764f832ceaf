package org.daicho.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each record's stored fields as text, in a fixed order: what the change history records and what verify
 * compares with the store. Values are as stored: ISO dates, enum names, numbers, {@code true}/{@code false};
 * an empty value (no date, no manager) is the empty string.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** Every field of forms.md A except the 取扱制限, which follow from the classes and are not stored. */
    public static Map<String, String> of(Asset a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(AssetField.ASSET_NO.name(), a.assetNo());
        f.put(AssetField.BUSINESS_CATEGORY.name(), a.businessCategory());
        f.put(AssetField.NAME.name(), a.name());
        f.put(AssetField.KIND.name(), a.kind().name());
        f.put(AssetField.MEDIUM.name(), a.medium());
        f.put(AssetField.NETWORK_ZONE.name(), a.networkZone().name());
        f.put(AssetField.MAKER.name(), a.maker());
        f.put(AssetField.MODEL.name(), a.model());
        f.put(AssetField.SERIAL_NO.name(), a.serialNo());
        f.put(AssetField.SECTION.name(), String.valueOf(a.sectionId()));
        f.put(AssetField.MANAGER.name(), text(a.managerStaffId()));
        f.put(AssetField.USERS.name(), a.users());
        f.put(AssetField.CONFIDENTIALITY.name(), String.valueOf(a.classes().confidentiality()));
        f.put(AssetField.INTEGRITY.name(), String.valueOf(a.classes().integrity()));
        f.put(AssetField.AVAILABILITY.name(), String.valueOf(a.classes().availability()));
        f.put(AssetField.PERSONAL_INFO.name(), a.personalInfo().name());
        f.put(AssetField.STORAGE_PLACE.name(), a.storagePlace());
        f.put(AssetField.LOCKED_STORAGE.name(), String.valueOf(a.lockedStorage()));
        f.put(AssetField.ENCRYPTED.name(), String.valueOf(a.encrypted()));
        f.put(AssetField.ACQUIRED_ON.name(), text(a.acquiredOn()));
        f.put(AssetField.OWNERSHIP.name(), a.ownership().name());
        f.put(AssetField.LEASE_ENDS_ON.name(), text(a.leaseEndsOn()));
        f.put(AssetField.STATUS.name(), a.status().name());
        f.put(AssetField.RETENTION_UNTIL.name(), text(a.retentionUntil()));
        f.put(AssetField.REGISTERED_ON.name(), text(a.registeredOn()));
        f.put(AssetField.LAST_REVIEWED_ON.name(), text(a.lastReviewedOn()));
        f.put(AssetField.DISPOSAL_RECORD_NO.name(), text(a.disposalRecordNo()));
        f.put(AssetField.NOTE.name(), text(a.note()));
        return f;
    }

    public static Map<String, String> of(Staff s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(StaffField.STAFF_NO.name(), s.staffNo());
        f.put(StaffField.NAME.name(), s.name());
        f.put(StaffField.KANA.name(), s.kana());
        f.put(StaffField.SECTION.name(), String.valueOf(s.sectionId()));
        f.put(StaffField.EMPLOYMENT_TYPE.name(), s.employmentType().name());
        f.put(StaffField.HIRED_ON.name(), text(s.hiredOn()));
        f.put(StaffField.LEFT_ON.name(), text(s.leftOn()));
        f.put(StaffField.SECURITY_MANAGER.name(), String.valueOf(s.securityManager()));
        f.put(StaffField.SYSTEM_MANAGER.name(), String.valueOf(s.systemManager()));
        f.put(StaffField.CONSENT_ON.name(), text(s.consentOn()));
        return f;
    }

    /** Field names of a section's history. */
    public static final String SECTION_NAME = "NAME";
    public static final String SECTION_SORT_ORDER = "SORT_ORDER";

    public static Map<String, String> of(Section s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(SECTION_NAME, s.name());
        f.put(SECTION_SORT_ORDER, String.valueOf(s.sortOrder()));
        return f;
    }

    /**
     * An account's fields. Its password is never part of the history: {@code passwordVersion} (how many
     * passwords it has had) records each change of password without saying anything about it.
     */
    public static Map<String, String> of(Account a, int passwordVersion) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(AccountField.USER_NAME.name(), a.userName());
        f.put(AccountField.STAFF.name(), String.valueOf(a.staffId()));
        f.put(AccountField.ROLES.name(), a.roles().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")));
        f.put("MUST_CHANGE_PASSWORD", String.valueOf(a.mustChangePassword()));
        f.put("PASSWORD_VERSION", String.valueOf(passwordVersion));
        f.put("REMOVED_AT", a.removedAt() == null ? "" : a.removedAt().toString());
        f.put(AccountField.REASON.name(), a.removedReason() == null ? "" : a.removedReason());
        return f;
    }

    /** A 持出・持込 record's fields: ids for people and assets, ISO times, enum names. */
    public static Map<String, String> of(CarryRecord r) {
        Map<String, String> f = new LinkedHashMap<>();
        CarryDevice device = r.device() == null ? new CarryDevice("", "", "") : r.device();
        f.put(CarryField.KIND.name(), r.kind().name());
        f.put(CarryField.STATUS.name(), r.status().name());
        f.put(CarryField.ASSETS.name(), r.assetIds().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")));
        f.put(CarryField.DEVICE_OWNER.name(), device.owner());
        f.put(CarryField.DEVICE_KIND.name(), device.kind());
        f.put(CarryField.DEVICE_MODEL.name(), device.model());
        f.put(CarryField.CARRIER.name(), String.valueOf(r.carrierStaffId()));
        f.put(CarryField.APPLICANT.name(), text(r.applicantAccountId()));
        f.put(CarryField.APPLICANT_STAFF.name(), text(r.applicantStaffId()));
        f.put(CarryField.APPLIED_AT.name(), text(r.appliedAt()));
        f.put(CarryField.PURPOSE.name(), r.purpose());
        f.put(CarryField.DESTINATION.name(), r.destination());
        f.put(CarryField.PLANNED_OUT.name(), text(r.plannedOut()));
        f.put(CarryField.PLANNED_RETURN.name(), text(r.plannedReturn()));
        f.put(CarryField.MEASURES.name(), java.util.Arrays.stream(CarryMeasure.values()).filter(r.measures()::contains)
                .map(Enum::name).collect(java.util.stream.Collectors.joining(",")));
        f.put(CarryField.CONFIDENTIAL3_REASON.name(), text(r.confidential3Reason()));
        f.put(CarryField.WARNING_REASON.name(), text(r.warningReason()));
        f.put(CarryField.VIRUS_SCANNED.name(), String.valueOf(r.virusScanned()));
        f.put(CarryField.PATCHES_APPLIED.name(), String.valueOf(r.patchesApplied()));
        f.put(CarryField.PERMISSION_REQUIRED.name(), String.valueOf(r.permissionRequired()));
        f.put(CarryField.APPROVER_ACCOUNT.name(), text(r.approverAccountId()));
        f.put(CarryField.APPROVER.name(), text(r.approverStaffId()));
        f.put(CarryField.DECIDED_AT.name(), text(r.decidedAt()));
        f.put(CarryField.PAPER_APPROVAL.name(), String.valueOf(r.paperApproval()));
        f.put(CarryField.PAPER_DECIDED_ON.name(), text(r.paperDecidedOn()));
        f.put(CarryField.DECISION_COMMENT.name(), text(r.decisionComment()));
        f.put(CarryField.ACTUAL_OUT.name(), text(r.actualOut()));
        f.put(CarryField.ACTUAL_RETURN.name(), text(r.actualReturn()));
        f.put(CarryField.RETURN_CHECKER.name(), text(r.returnCheckerStaffId()));
        f.put(CarryField.CANCELLED_AT.name(), text(r.cancelledAt()));
        f.put(CarryField.CANCEL_REASON.name(), text(r.cancelReason()));
        return f;
    }

    /** A disposal record with its evidence files (by name and SHA-256: adding or removing one is a change). */
    public static Map<String, String> of(DisposalRecord r) {
        Map<String, String> f = new LinkedHashMap<>();
        DisposalDraft a = r.application();
        f.put(DisposalField.RECORD_NO.name(), r.recordNo());
        f.put(DisposalField.STATUS.name(), r.status().name());
        f.put(DisposalField.ASSETS.name(), r.assetIds().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")));
        f.put(DisposalField.END.name(), name(a.end()));
        f.put(DisposalField.PLANNED_METHOD.name(), name(a.plannedMethod()));
        f.put(DisposalField.PLANNED_TECHNIQUE.name(), name(a.plannedTechnique()));
        f.put(DisposalField.PLANNED_PLACE.name(), name(a.plannedPlace()));
        f.put(DisposalField.PLANNED_ON.name(), text(a.plannedOn()));
        f.put(DisposalField.REASON.name(), a.reason());
        f.put(DisposalField.PLANNED_CONTRACTOR.name(), a.plannedContractor());
        f.put(DisposalField.APPLICANT.name(), text(r.applicantAccountId()));
        f.put(DisposalField.APPLICANT_STAFF.name(), text(r.applicantStaffId()));
        f.put(DisposalField.APPLIED_AT.name(), text(r.appliedAt()));
        DisposalDecision d = r.decision();
        f.put(DisposalField.APPROVER_ACCOUNT.name(), d == null ? "" : text(d.approverAccountId()));
        f.put(DisposalField.APPROVER.name(), d == null ? "" : String.valueOf(d.approverStaffId()));
        f.put(DisposalField.DECIDED_AT.name(), d == null ? "" : text(d.decidedAt()));
        f.put(DisposalField.PAPER_APPROVAL.name(), String.valueOf(d != null && d.paperApproval()));
        f.put(DisposalField.PAPER_DECIDED_ON.name(), d == null ? "" : text(d.paperDecidedOn()));
        f.put(DisposalField.DECISION_COMMENT.name(), d == null ? "" : d.comment());
        DisposalExecution e = r.execution();
        f.put(DisposalField.EXECUTED_AT.name(), e == null ? "" : text(e.executedAt()));
        f.put(DisposalField.PERFORMER.name(), e == null ? "" : text(e.performerStaffId()));
        f.put(DisposalField.PERFORMER_NAME.name(), e == null ? "" : e.performerName());
        f.put(DisposalField.WITNESS.name(), e == null ? "" : text(e.witnessStaffId()));
        f.put(DisposalField.METHOD.name(), e == null ? "" : name(e.method()));
        f.put(DisposalField.TECHNIQUE.name(), e == null ? "" : name(e.technique()));
        f.put(DisposalField.METHOD_DETAILS.name(), e == null ? "" : e.methodDetails());
        f.put(DisposalField.TOOL.name(), e == null ? "" : e.tool());
        f.put(DisposalField.TOOL_VERSION.name(), e == null ? "" : e.toolVersion());
        f.put(DisposalField.VERIFICATION_METHOD.name(), e == null ? "" : e.verificationMethod());
        f.put(DisposalField.VERIFICATION_RESULT.name(), e == null ? "" : e.verificationResult());
        f.put(DisposalField.PLACE.name(), e == null ? "" : name(e.place()));
        f.put(DisposalField.CONTRACTOR.name(), e == null ? "" : e.contractor());
        f.put(DisposalField.CERTIFICATE_NO.name(), e == null ? "" : e.certificateNo());
        f.put(DisposalField.CERTIFICATE_RECEIVED_ON.name(), e == null ? "" : text(e.certificateReceivedOn()));
        f.put(DisposalField.BACKED_UP.name(), e == null ? "" : String.valueOf(e.backedUp()));
        f.put(DisposalField.BACKUP_LOCATION.name(), e == null ? "" : e.backupLocation());
        f.put(DisposalField.DESTINATION.name(), e == null ? "" : e.destination());
        f.put(DisposalField.NOTE.name(), e == null ? "" : e.note());
        f.put(DisposalField.CANCELLED_AT.name(), text(r.cancelledAt()));
        f.put(DisposalField.CANCEL_REASON.name(), r.cancelReason());
        f.put(DisposalField.EVIDENCE.name(), r.evidence().stream().map(EvidenceFile::describe)
                .collect(java.util.stream.Collectors.joining("\n")));
        return f;
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    public static Map<String, String> of(TrainingSession s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(TrainingField.TITLE.name(), s.title());
        f.put(TrainingField.KIND.name(), s.kind().name());
        f.put(TrainingField.HELD_ON.name(), text(s.heldOn()));
        f.put(TrainingField.FORMAT.name(), s.format().name());
        f.put(TrainingField.INSTRUCTOR.name(), s.instructor());
        f.put(TrainingField.TARGET.name(), s.target().name());
        f.put(TrainingField.NOTE.name(), s.note());
        f.put(TrainingField.MATERIALS.name(), s.materials() == null ? "" : s.materials().describe());
        return f;
    }

    public static Map<String, String> of(Attendance a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(TrainingField.SESSION.name(), String.valueOf(a.sessionId()));
        f.put(TrainingField.STAFF.name(), String.valueOf(a.staffId()));
        f.put(TrainingField.RESULT.name(), a.result().name());
        f.put(TrainingField.COMPREHENSION.name(), a.comprehension().name());
        f.put(TrainingField.ABSENCE_REASON.name(), a.absenceReason());
        f.put(TrainingField.MAKE_UP_ON.name(), text(a.makeUpOn()));
        f.put(TrainingField.RECORDED_AT.name(), text(a.recordedAt()));
        return f;
    }

    private static String text(java.time.LocalDateTime time) {
        return time == null ? "" : time.toString();
    }

    /** The settings are one record (id {@link #SETTINGS_ID}) whose fields are the setting names. */
    public static final long SETTINGS_ID = 1;

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String text(Long number) {
        return number == null ? "" : number.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
