package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of 持出・持込 without a store: permission, reasons, refusals, transitions, overdue. */
class CarryRulesTest {

    static Asset asset(long id, int c, int i, int a, AssetStatus status, NetworkZone zone) {
        return new Asset(id, "PC-" + id, "総務事務", "試験端末" + id, AssetKind.MOBILE, "内蔵SSD", zone, "試験電機",
                "TX-1", "SN" + id, 1L, null, "試験 花子", new Classification(c, i, a), PersonalInfoKind.NONE,
                "書庫", true, true, null, Ownership.PURCHASED, null, status, null, LocalDate.of(2026, 4, 1), null,
                status.isFinal() ? "D-1" : "", "");
    }

    static Asset asset(long id, int c, int i, int a) {
        return asset(id, c, i, a, AssetStatus.IN_USE, NetworkZone.LGWAN);
    }

    private static final LocalDateTime OUT = LocalDateTime.of(2026, 11, 25, 9, 0);
    private static final LocalDateTime BACK = LocalDateTime.of(2026, 11, 25, 17, 0);

    private static CarryDraft draft(Set<CarryMeasure> measures, String c3Reason, String warningReason, Long... ids) {
        return CarryDraft.carryOut(List.of(ids), 5L, "説明", "架空県庁", OUT, BACK, measures, c3Reason, warningReason);
    }

    private static Map<Long, Asset> ledger(Asset... assets) {
        Map<Long, Asset> map = new HashMap<>();
        for (Asset a : assets) {
            map.put(a.id(), a);
        }
        return map;
    }

    private static List<String> messages(CarryAssessment a) {
        return a.errors().stream().map(FieldError::messageKey).toList();
    }

    @ParameterizedTest(name = "機密性{0} 完全性{1} 可用性{2} → permission {3}")
    @CsvSource({"1,1,1,false", "2,1,1,true", "3,1,1,true", "1,2,1,true", "1,1,2,true"})
    void permissionIsRequiredFromConfidentiality2Integrity2OrAvailability2(int c, int i, int a, boolean required) {
        assertThat(CarryRules.permissionRequired(CarryKind.CARRY_OUT, List.of(asset(1, c, i, a)))).isEqualTo(required);
        assertThat(CarryRules.permissionRequired(CarryKind.CARRY_OUT, List.of(asset(1, 1, 1, 1), asset(2, c, i, a))))
                .as("the highest class of several assets counts").isEqualTo(required);
    }

    @Test
    void everyBringInOfANonIssuedDeviceNeedsPermission() {
        assertThat(CarryRules.permissionRequired(CarryKind.BRING_IN, List.of())).isTrue();
    }

    @Test
    void confidentiality3NeedsAStatedReasonAndIsFlagged() {
        Map<Long, Asset> ledger = ledger(asset(1, 3, 1, 1));
        CarryAssessment without = CarryRules.assess(draft(EnumSet.of(CarryMeasure.ENCRYPTION), "", "", 1L), ledger);
        assertThat(without.confidential3()).isTrue();
        assertThat(without.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CONFIDENTIAL3_REASON",
                        "carry.error.confidential3Reason"));

        CarryAssessment with = CarryRules.assess(draft(EnumSet.of(CarryMeasure.ENCRYPTION), "原本が必要", "", 1L), ledger);
        assertThat(with.isValid()).isTrue();
        assertThat(with.highestConfidentiality()).isEqualTo(3);
    }

    @Test
    void confidential2WithoutEncryptionOrPasswordNeedsTheWarningAcknowledgedWithAReason() {
        Map<Long, Asset> ledger = ledger(asset(1, 2, 1, 1));
        CarryAssessment caseOnly = CarryRules.assess(draft(EnumSet.of(CarryMeasure.LOCKED_CASE), "", "", 1L), ledger);
        assertThat(caseOnly.protectionWarning()).isTrue();
        assertThat(messages(caseOnly)).containsExactly("carry.error.warningReason");

        assertThat(CarryRules.assess(draft(EnumSet.of(CarryMeasure.LOCKED_CASE), "", "暗号化できない機器", 1L), ledger)
                .isValid()).isTrue();
        assertThat(CarryRules.assess(draft(EnumSet.of(CarryMeasure.PASSWORD), "", "", 1L), ledger).protectionWarning())
                .isFalse();
        assertThat(CarryRules.assess(draft(EnumSet.of(CarryMeasure.ENCRYPTION), "", "", 1L), ledger).protectionWarning())
                .isFalse();
        assertThat(CarryRules.assess(draft(Set.of(), "", "", 1L), ledger(asset(1, 1, 2, 2))).protectionWarning())
                .as("完全性2 / 可用性2 alone need permission but no encryption warning").isFalse();
    }

    @Test
    void myNumberDisposedReturnedAndAlreadyCarriedOutAssetsAreRefused() {
        Map<Long, Asset> ledger = ledger(asset(1, 1, 1, 1, AssetStatus.IN_USE, NetworkZone.MY_NUMBER),
                asset(2, 1, 1, 1, AssetStatus.DISPOSED, NetworkZone.LGWAN),
                asset(3, 1, 1, 1, AssetStatus.RETURNED_TO_LESSOR, NetworkZone.LGWAN),
                asset(4, 1, 1, 1, AssetStatus.CARRIED_OUT, NetworkZone.LGWAN));
        CarryAssessment a = CarryRules.assess(draft(Set.of(), "", "", 1L, 2L, 3L, 4L, 99L), ledger);
        assertThat(a.errors()).extracting(FieldError::messageKey, e -> e.args().isEmpty() ? "" : e.args().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("carry.error.myNumber", "PC-1"),
                        org.assertj.core.groups.Tuple.tuple("carry.error.assetFinal", "PC-2"),
                        org.assertj.core.groups.Tuple.tuple("carry.error.assetFinal", "PC-3"),
                        org.assertj.core.groups.Tuple.tuple("carry.error.assetOut", "PC-4"),
                        org.assertj.core.groups.Tuple.tuple("carry.error.assetMissing", "99"));
    }

    @Test
    void anApplicationNeedsItsFieldsAndAReturnAfterItsOut() {
        CarryDraft empty = new CarryDraft(CarryKind.CARRY_OUT, List.of(), null, null, " ", "", OUT, OUT, Set.of(), "",
                "", false, false);
        assertThat(CarryRules.assess(empty, Map.of()).errors()).extracting(FieldError::field).containsExactly(
                "ASSETS", "CARRIER", "PURPOSE", "DESTINATION", "PLANNED_RETURN");

        CarryDraft device = CarryDraft.bringIn(new CarryDevice("委託 架空株式会社", "", ""), 5L, "保守", "事務室", OUT, BACK,
                Set.of(), true, true);
        assertThat(CarryRules.assess(device, Map.of()).errors()).extracting(FieldError::field)
                .containsExactly("DEVICE_KIND", "DEVICE_MODEL");
        CarryDraft bringInWithAssets = new CarryDraft(CarryKind.BRING_IN, List.of(1L),
                new CarryDevice("架空", "ノートPC", "X1"), 5L, "保守", "事務室", OUT, BACK, Set.of(), "", "", true, true);
        assertThat(messages(CarryRules.assess(bringInWithAssets, ledger(asset(1, 1, 1, 1)))))
                .containsExactly("carry.error.bringInAssets");
    }

    /** Every status × action: the one legal move, or a refusal. */
    @ParameterizedTest(name = "{0} + {1} (permission required: {2}) → {3}")
    @CsvSource({
        "REQUESTED,APPROVE,true,APPROVED", "REQUESTED,REJECT,true,REJECTED", "REQUESTED,CANCEL,true,CANCELLED",
        "REQUESTED,MARK_OUT,true,", "REQUESTED,MARK_OUT,false,OUT", "REQUESTED,RETURN,true,",
        "APPROVED,APPROVE,true,", "APPROVED,REJECT,true,", "APPROVED,MARK_OUT,true,OUT", "APPROVED,CANCEL,true,CANCELLED",
        "APPROVED,RETURN,true,",
        "OUT,RETURN,true,RETURNED", "OUT,APPROVE,true,", "OUT,REJECT,true,", "OUT,MARK_OUT,true,", "OUT,CANCEL,true,",
        "REJECTED,APPROVE,true,", "REJECTED,MARK_OUT,false,", "REJECTED,CANCEL,true,", "REJECTED,RETURN,true,",
        "REJECTED,REJECT,true,",
        "RETURNED,RETURN,true,", "RETURNED,MARK_OUT,false,", "RETURNED,CANCEL,true,", "RETURNED,APPROVE,true,",
        "RETURNED,REJECT,true,",
        "CANCELLED,APPROVE,true,", "CANCELLED,MARK_OUT,false,", "CANCELLED,RETURN,true,", "CANCELLED,CANCEL,true,",
        "CANCELLED,REJECT,true,"})
    void everyTransitionAndEveryRefusedOne(CarryStatus from, CarryAction action, boolean required, CarryStatus to) {
        assertThat(from.after(action, required)).isEqualTo(Optional.ofNullable(to));
        CarryRecord record = record(from, required);
        if (to == null) {
            assertThatThrownBy(() -> CarryRules.next(record, action)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors().get(0).messageKey()).isEqualTo(
                            action == CarryAction.MARK_OUT && from == CarryStatus.REQUESTED
                                    ? "carry.error.needsPermission" : "carry.error.transition." + action.name()));
        } else {
            assertThat(CarryRules.next(record, action)).isEqualTo(to);
        }
    }

    @Test
    void theFinalStatusesAreRejectedReturnedAndCancelled() {
        assertThat(EnumSet.allOf(CarryStatus.class)).filteredOn(CarryStatus::isFinal)
                .containsExactlyInAnyOrder(CarryStatus.REJECTED, CarryStatus.RETURNED, CarryStatus.CANCELLED);
    }

    static CarryRecord record(CarryStatus status, boolean required) {
        return new CarryRecord(7L, CarryKind.CARRY_OUT, status, List.of(1L), null, 5L, 10L, 4L,
                LocalDateTime.of(2026, 11, 20, 10, 0), "説明", "架空県庁", OUT, BACK, Set.of(), "", "", false, false,
                required, null, null, null, false, null, "", status == CarryStatus.OUT ? OUT : null, null, null, null, "");
    }

    private static CarryRecord outUntil(LocalDateTime plannedReturn) {
        return new CarryRecord(7L, CarryKind.CARRY_OUT, CarryStatus.OUT, List.of(1L), null, 5L, 10L, 4L,
                LocalDateTime.of(2027, 3, 28, 10, 0), "説明", "架空県庁", LocalDateTime.of(2027, 3, 30, 9, 0),
                plannedReturn, Set.of(), "", "", false, false, true, 11L, 6L, LocalDateTime.of(2027, 3, 29, 9, 0), false,
                null, "", LocalDateTime.of(2027, 3, 30, 9, 0), null, null, null, "");
    }

    @Test
    void overdueStartsJustAfterThePlannedReturnAtMidnightAndAcrossTheEndOfTheFiscalYear() {
        CarryRecord atMidnight = outUntil(LocalDateTime.of(2027, 4, 1, 0, 0));
        assertThat(atMidnight.isOverdue(LocalDateTime.of(2027, 3, 31, 23, 59, 59))).isFalse();
        assertThat(atMidnight.isOverdue(LocalDateTime.of(2027, 4, 1, 0, 0))).as("not yet at the very minute").isFalse();
        assertThat(atMidnight.isOverdue(LocalDateTime.of(2027, 4, 1, 0, 0, 1))).isTrue();
        assertThat(atMidnight.daysOverdue(LocalDate.of(2027, 4, 1))).isZero();
        assertThat(atMidnight.daysOverdue(LocalDate.of(2027, 4, 2))).isEqualTo(1);

        CarryRecord endOfYear = outUntil(LocalDateTime.of(2027, 3, 31, 17, 0));
        assertThat(endOfYear.isOverdue(LocalDateTime.of(2027, 3, 31, 17, 0))).isFalse();
        assertThat(endOfYear.isOverdue(LocalDateTime.of(2027, 3, 31, 17, 0, 1))).isTrue();
        assertThat(endOfYear.isOverdue(LocalDateTime.of(2027, 4, 1, 0, 0))).isTrue();
        assertThat(endOfYear.daysOverdue(LocalDate.of(2027, 3, 31))).isZero();
        assertThat(endOfYear.daysOverdue(LocalDate.of(2027, 4, 1))).as("one day late on 1 April").isEqualTo(1);
        assertThat(endOfYear.fiscalYear()).as("it went out in 年度 2026").isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.of(LocalDate.of(2027, 4, 1))).isEqualTo(new FiscalYear(2027));
    }

    @Test
    void onlyARecordThatIsOutCanBeOverdue() {
        for (CarryStatus status : CarryStatus.values()) {
            CarryRecord r = record(status, true);
            assertThat(r.isOverdue(BACK.plusDays(10))).as(status.name()).isEqualTo(status == CarryStatus.OUT);
        }
    }

    @Test
    void neitherTheApplicantNorTheCarrierMayApprove() {
        CarryRecord r = record(CarryStatus.REQUESTED, true); // carrier staff 5, applicant account 10 with staff 4
        assertThat(CarryRules.approverConflict(r, 11L, 5L)).map(FieldError::messageKey)
                .contains("carry.error.approverIsCarrier");
        assertThat(CarryRules.approverConflict(r, 10L, 6L)).map(FieldError::messageKey)
                .contains("carry.error.approverIsApplicant");
        assertThat(CarryRules.approverConflict(r, 12L, 4L)).as("the applicant's staff with another account")
                .map(FieldError::messageKey).contains("carry.error.approverIsApplicant");
        assertThat(CarryRules.approverConflict(r, null, 4L)).as("紙決裁 by the applicant")
                .map(FieldError::messageKey).contains("carry.error.approverIsApplicant");
        assertThat(CarryRules.approverConflict(r, 11L, 6L)).isEmpty();
        assertThat(CarryRules.returnCheckerConflict(r, 5L)).isPresent();
        assertThat(CarryRules.returnCheckerConflict(r, 4L)).isEmpty();
    }
}
