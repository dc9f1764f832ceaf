package org.daicho.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of disposal and sanitisation (policy 2.3(2)⑩ unrecoverable disposal of 機密性2+, 2.4.1(5)②(7),
 * 2.5.4(1)③, 2.6.1(11)③; 2.2(8) 兼務の禁止; NIST SP 800-88; 総務省 令和2年5月22日 総行情第77号). Pure functions: the
 * service looks up the assets and people and calls these before it writes anything.
 *
 * <p>The baseline, always applied: for data of 機密性2+ a Clear-only technique (OS初期化, クイックフォーマット) is
 * refused and a 立会職員 or a contractor's certificate is required; for 特定個人情報 or an asset of the
 * マイナンバー利用事務系 only Destroy is accepted (総務省's disposal table, row (1)). {@link DisposalPolicy} can only
 * add to this.
 */
public final class DisposalRules {

    public static final int MAX_TEXT = 200;
    public static final int MAX_REASON = 500;

    private DisposalRules() {
    }

    /** The highest 機密性 of the assets' data, 1 when there are none. */
    public static int highestConfidentiality(List<Asset> assets) {
        return assets.stream().mapToInt(a -> a.classes().confidentiality()).max().orElse(1);
    }

    /** The first asset whose data may only be destroyed by the baseline rule: 特定個人情報 or マイナンバー利用事務系. */
    public static Optional<Asset> myNumberAsset(List<Asset> assets) {
        return assets.stream().filter(a -> a.personalInfo() == PersonalInfoKind.MY_NUMBER
                || a.networkZone() == NetworkZone.MY_NUMBER).findFirst();
    }

    /** What the rules require for these assets under {@code policy}, with no errors. */
    public static DisposalAssessment requirements(List<Asset> assets, DisposalPolicy policy) {
        int highest = highestConfidentiality(assets);
        boolean destroyOnly = myNumberAsset(assets).isPresent() || (policy.destroyForConfidential3() && highest >= 3);
        boolean confidential = highest >= 2;
        return new DisposalAssessment(highest, destroyOnly, confidential, confidential && policy.witnessAlways(),
                List.of());
    }

    /**
     * Checks an application. {@code found} maps the draft's asset ids to the assets in the ledger (a missing id is
     * an error); {@code openRecordOf} maps an asset id to the 記録番号 of another open application holding it.
     */
    public static DisposalAssessment assess(DisposalDraft draft, Map<Long, Asset> found, Map<Long, String> openRecordOf,
            DisposalPolicy policy) {
        List<FieldError> errors = new ArrayList<>();
        List<Asset> chosen = new ArrayList<>();
        if (draft.assetIds().isEmpty()) {
            errors.add(FieldError.of(DisposalField.ASSETS, "validation.choose"));
        }
        for (Long id : new LinkedHashSet<>(draft.assetIds())) {
            Asset asset = id == null ? null : found.get(id);
            if (asset == null) {
                errors.add(FieldError.of(DisposalField.ASSETS, "disposal.error.assetMissing", String.valueOf(id)));
                continue;
            }
            chosen.add(asset);
            assetState(asset).ifPresent(errors::add);
            if (openRecordOf.containsKey(id)) {
                errors.add(FieldError.of(DisposalField.ASSETS, "disposal.error.assetInOpenDisposal", asset.assetNo(),
                        openRecordOf.get(id)));
            }
            if (draft.end() == DisposalEnd.LEASE_RETURN && asset.ownership() != Ownership.LEASED) {
                errors.add(FieldError.of(DisposalField.END, "disposal.error.notLeased", asset.assetNo()));
            }
        }
        if (draft.end() == null) {
            errors.add(FieldError.of(DisposalField.END, "validation.choose"));
        }
        DisposalAssessment needs = requirements(chosen, policy);
        methodRules(errors, DisposalField.PLANNED_METHOD, DisposalField.PLANNED_TECHNIQUE, draft.plannedMethod(),
                draft.plannedTechnique(), draft.end(), chosen, needs, policy);
        if (draft.plannedPlace() == null) {
            errors.add(FieldError.of(DisposalField.PLANNED_PLACE, "validation.choose"));
        }
        if (draft.plannedOn() == null) {
            errors.add(FieldError.of(DisposalField.PLANNED_ON, "validation.required"));
        }
        required(errors, DisposalField.REASON, draft.reason(), MAX_REASON);
        tooLong(errors, DisposalField.PLANNED_CONTRACTOR, draft.plannedContractor(), MAX_TEXT);
        if (draft.plannedPlace() == DisposalPlace.OUTSIDE && draft.plannedContractor().isEmpty()) {
            errors.add(FieldError.of(DisposalField.PLANNED_CONTRACTOR, "disposal.error.contractorRequired"));
        }
        return new DisposalAssessment(needs.highestConfidentiality(), needs.destroyOnly(), needs.proofRequired(),
                needs.witnessRequired(), errors);
    }

    /** An asset that cannot be disposed of as it is now: already final, or carried out. */
    public static Optional<FieldError> assetState(Asset asset) {
        if (asset.status().isFinal()) {
            return Optional.of(FieldError.of(DisposalField.ASSETS, "disposal.error.assetFinal", asset.assetNo()));
        }
        if (asset.status() == AssetStatus.CARRIED_OUT) {
            return Optional.of(FieldError.of(DisposalField.ASSETS, "disposal.error.assetOut", asset.assetNo()));
        }
        return Optional.empty();
    }

    /**
     * Checks an execution record against the record it completes and the assets as they are now (their classes may
     * have been raised since the application: the rules of now apply). {@code now} bounds the execution time.
     */
    public static DisposalAssessment checkExecution(DisposalRecord record, DisposalExecution e, List<Asset> assets,
            DisposalPolicy policy, LocalDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        DisposalAssessment needs = requirements(assets, policy);
        for (Asset asset : assets) {
            assetState(asset).ifPresent(errors::add);
        }
        if (e.executedAt() == null) {
            errors.add(FieldError.of(DisposalField.EXECUTED_AT, "validation.required"));
        } else if (e.executedAt().isAfter(now)) {
            errors.add(FieldError.of(DisposalField.EXECUTED_AT, "disposal.error.future"));
        } else if (record.permittedAt() != null && e.executedAt().isBefore(record.permittedAt())) {
            // permission must come before execution (policy 2.4.1(5)②(7))
            errors.add(FieldError.of(DisposalField.EXECUTED_AT, "disposal.error.beforePermission"));
        }
        if (e.performerStaffId() == null && e.performerName().isEmpty()) {
            errors.add(FieldError.of(DisposalField.PERFORMER, "disposal.error.performerRequired"));
        }
        tooLong(errors, DisposalField.PERFORMER_NAME, e.performerName(), MAX_TEXT);
        if (e.witnessStaffId() != null && Objects.equals(e.witnessStaffId(), e.performerStaffId())) {
            errors.add(FieldError.of(DisposalField.WITNESS, "disposal.error.witnessIsPerformer"));
        }
        methodRules(errors, DisposalField.METHOD, DisposalField.TECHNIQUE, e.method(), e.technique(),
                record.application().end(), assets, needs, policy);
        tooLong(errors, DisposalField.METHOD_DETAILS, e.methodDetails(), MAX_TEXT);
        if (e.technique() != null && e.technique().needsTool()) {
            required(errors, DisposalField.TOOL, e.tool(), MAX_TEXT);
            required(errors, DisposalField.TOOL_VERSION, e.toolVersion(), MAX_TEXT);
        } else {
            tooLong(errors, DisposalField.TOOL, e.tool(), MAX_TEXT);
            tooLong(errors, DisposalField.TOOL_VERSION, e.toolVersion(), MAX_TEXT);
        }
        required(errors, DisposalField.VERIFICATION_METHOD, e.verificationMethod(), MAX_TEXT);
        required(errors, DisposalField.VERIFICATION_RESULT, e.verificationResult(), MAX_TEXT);
        if (e.place() == null) {
            errors.add(FieldError.of(DisposalField.PLACE, "validation.choose"));
        }
        tooLong(errors, DisposalField.CONTRACTOR, e.contractor(), MAX_TEXT);
        tooLong(errors, DisposalField.CERTIFICATE_NO, e.certificateNo(), MAX_TEXT);
        if (e.place() == DisposalPlace.OUTSIDE && e.contractor().isEmpty()) {
            errors.add(FieldError.of(DisposalField.CONTRACTOR, "disposal.error.contractorRequired"));
        }
        certificate(errors, e, now.toLocalDate());
        if (needs.witnessRequired() && e.witnessStaffId() == null) {
            errors.add(FieldError.of(DisposalField.WITNESS, "disposal.error.witnessRequired"));
        } else if (needs.proofRequired() && e.witnessStaffId() == null && !e.hasCertificate()) {
            // 総務省 guidance: staff confirm the erasure in person, or the contractor certifies it
            errors.add(FieldError.of(DisposalField.WITNESS, "disposal.error.proofRequired"));
        }
        if (e.backedUp()) {
            required(errors, DisposalField.BACKUP_LOCATION, e.backupLocation(), MAX_TEXT);
        } else {
            tooLong(errors, DisposalField.BACKUP_LOCATION, e.backupLocation(), MAX_TEXT);
        }
        tooLong(errors, DisposalField.DESTINATION, e.destination(), MAX_TEXT);
        tooLong(errors, DisposalField.NOTE, e.note(), MAX_REASON);
        return new DisposalAssessment(needs.highestConfidentiality(), needs.destroyOnly(), needs.proofRequired(),
                needs.witnessRequired(), errors);
    }

    private static void certificate(List<FieldError> errors, DisposalExecution e, LocalDate today) {
        boolean number = !e.certificateNo().isEmpty();
        LocalDate received = e.certificateReceivedOn();
        if (number && e.contractor().isEmpty()) {
            errors.add(FieldError.of(DisposalField.CONTRACTOR, "disposal.error.contractorRequired"));
        }
        if (number && received == null) {
            errors.add(FieldError.of(DisposalField.CERTIFICATE_RECEIVED_ON, "validation.required"));
        }
        if (!number && received != null) {
            errors.add(FieldError.of(DisposalField.CERTIFICATE_NO, "validation.required"));
        }
        if (received != null && received.isAfter(today)) {
            errors.add(FieldError.of(DisposalField.CERTIFICATE_RECEIVED_ON, "disposal.error.future"));
        } else if (received != null && e.executedAt() != null && received.isBefore(e.executedAt().toLocalDate())) {
            errors.add(FieldError.of(DisposalField.CERTIFICATE_RECEIVED_ON, "disposal.error.certificateBeforeExecution"));
        }
    }

    /** The method and technique against the assets' classes, the settings and the end. */
    private static void methodRules(List<FieldError> errors, DisposalField methodField, DisposalField techniqueField,
            SanitisationMethod method, SanitisationTechnique technique, DisposalEnd end, List<Asset> assets,
            DisposalAssessment needs, DisposalPolicy policy) {
        if (method == null) {
            errors.add(FieldError.of(methodField, "validation.choose"));
        }
        if (technique == null) {
            errors.add(FieldError.of(techniqueField, "validation.choose"));
        }
        if (method != null && technique != null && !technique.fits(method)) {
            errors.add(FieldError.of(techniqueField, "disposal.error.techniqueMethod"));
        }
        // each rule is checked as soon as its own field is chosen, so the form can say it at once
        Optional<Asset> myNumber = myNumberAsset(assets);
        if (method != null && method != SanitisationMethod.DESTROY && myNumber.isPresent()) {
            errors.add(FieldError.of(methodField, "disposal.error.destroyOnlyMyNumber", myNumber.get().assetNo()));
        } else if (method != null && method != SanitisationMethod.DESTROY && needs.destroyOnly()) {
            errors.add(FieldError.of(methodField, "disposal.error.destroyOnlyConfidential3"));
        }
        if (needs.highestConfidentiality() >= 2 && technique != null && technique.isClearOnly()) {
            errors.add(FieldError.of(techniqueField, "disposal.error.clearOnly"));
        } else if (needs.highestConfidentiality() >= 2 && policy.noClearForConfidential()
                && method == SanitisationMethod.CLEAR) {
            errors.add(FieldError.of(methodField, "disposal.error.noClearForConfidential"));
        }
        if (method == SanitisationMethod.DESTROY && end != null && end.keepsMediaUsable()) {
            errors.add(FieldError.of(methodField, "disposal.error.destroyKeepsNothing"));
        }
    }

    /**
     * 兼務の禁止 (2.2(8)): the applicant may not decide on the application, in the app or on paper.
     * {@code approverAccountId} is null for 紙決裁.
     */
    public static Optional<FieldError> approverConflict(DisposalRecord record, Long approverAccountId,
            long approverStaffId) {
        if ((approverAccountId != null && approverAccountId.equals(record.applicantAccountId()))
                || Objects.equals(approverStaffId, record.applicantStaffId())) {
            return Optional.of(FieldError.of(DisposalField.APPROVER, "disposal.error.approverIsApplicant"));
        }
        return Optional.empty();
    }

    /** The status after {@code action}, or a {@link ValidationException} naming why the move is refused. */
    public static DisposalStatus next(DisposalRecord record, DisposalAction action) {
        Optional<DisposalStatus> next = record.status().after(action);
        if (next.isPresent()) {
            return next.get();
        }
        if (action == DisposalAction.EXECUTE && record.status() == DisposalStatus.REQUESTED) {
            throw refusal(DisposalField.STATUS, "disposal.error.needsPermission");
        }
        throw refusal(DisposalField.STATUS, "disposal.error.transition." + action.name());
    }

    /** 記録番号 {@code D-2026-0001}: fiscal year of the application and a number counted within it. */
    public static String recordNo(FiscalYear year, int number) {
        return String.format("D-%d-%04d", year.startYear(), number);
    }

    static void required(List<FieldError> errors, DisposalField field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else {
            tooLong(errors, field, value, max);
        }
    }

    static void tooLong(List<FieldError> errors, DisposalField field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    public static ValidationException refusal(DisposalField field, String messageKey, Object... args) {
        return new ValidationException(List.of(FieldError.of(field, messageKey, args)));
    }
}
