package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.InspectionFinding;
import org.daicho.domain.InspectionItem;
import org.daicho.domain.InspectionOutcome;
import org.daicho.domain.InspectionResult;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.SelfInspection;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.testing.MutableClock;
import org.daicho.testing.RawStore;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 自己点検 items answered from a real encrypted store: for each item a fixture that passes it and one that fails
 * it. Records the services would refuse (old or imported data) are written with plain SQL, as the item must still
 * find them.
 */
class InspectionServiceTest {

    private static final FiscalYear FY2026 = new FiscalYear(2026);
    private static final FiscalYear FY2025 = new FiscalYear(2025);
    private static final Messages JA = Messages.japanese();

    @TempDir
    Path dir;

    /** 2026-11-24 10:00 in Tokyo, inside 年度 2026. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private DaichoServices services;
    private long section;
    private Staff manager;
    private long admin;

    @BeforeEach
    void makeStore() {
        services = TestStores.create(dir, ServiceFixtures.SETUP, clock);
        section = services.settings().sections().get(0).id();
        manager = ServiceFixtures.manager(services);
        admin = services.staff().all().stream().filter(s -> s.staffNo().equals("Z9001")).findFirst().orElseThrow()
                .id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    // ---- ledger ------------------------------------------------------------------------------------------

    @Test
    void everyHeldAssetWithClassesManagerAndPlacePassesTheLedgerItem() {
        asset("A-0001");
        asset("A-0002");

        InspectionResult result = inspect(FY2026, InspectionItem.LEDGER_CLASSIFIED);

        assertThat(result.outcome()).isEqualTo(InspectionOutcome.DONE);
        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.notApplicable()).isFalse();
    }

    @Test
    void anAssetWithoutManagerOrPlaceFailsTheLedgerItemAndADisposedOneIsNotChecked() {
        asset("A-0001");
        long broken = asset("A-0002");
        asset("A-0003");
        raw("UPDATE asset SET manager_staff_id = NULL, storage_place = '' WHERE asset_no = 'A-0002'",
                "UPDATE asset SET status = 'DISPOSED', storage_place = '' WHERE asset_no = 'A-0003'");

        InspectionResult result = inspect(FY2026, InspectionItem.LEDGER_CLASSIFIED);

        assertThat(result.outcome()).isEqualTo(InspectionOutcome.PARTIAL);
        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.failing()).extracting(InspectionFinding::recordType, InspectionFinding::recordId,
                InspectionFinding::reference).containsExactly(org.assertj.core.groups.Tuple.tuple(RecordType.ASSET,
                        broken, "A-0002 試験用端末"));
        assertThat(text(result.failing().get(0))).isEqualTo("管理責任者、保管場所が記録されていません。");
    }

    @Test
    void aManagerWhoHasLeftFailsEveryAssetHeHoldsNotDone() {
        asset("A-0001");
        asset("A-0002");
        raw("UPDATE staff SET left_on = DATE '2026-06-30' WHERE staff_no = 'S01001'");

        InspectionResult result = inspect(FY2026, InspectionItem.LEDGER_CLASSIFIED);

        assertThat(result.outcome()).isEqualTo(InspectionOutcome.NOT_DONE);
        assertThat(result.failing()).hasSize(2);
        assertThat(text(result.failing().get(0))).isEqualTo("管理責任者が令和8年6月30日に退職しています。後任を記録してください。");
    }

    @Test
    void assetsReviewedWithinTheYearPassAndOthersFailWithTheirDate() {
        asset("A-0001");
        asset("A-0002");
        asset("A-0003");
        raw("UPDATE asset SET last_reviewed_on = DATE '2026-03-31' WHERE asset_no = 'A-0002'",
                "UPDATE asset SET last_reviewed_on = NULL WHERE asset_no = 'A-0003'");

        InspectionResult result = inspect(FY2026, InspectionItem.LEDGER_REVIEWED);

        assertThat(result.outcome()).isEqualTo(InspectionOutcome.PARTIAL);
        assertThat(result.failing()).extracting(InspectionFinding::reference)
                .containsExactly("A-0002 試験用端末", "A-0003 試験用端末");
        assertThat(result.failing()).extracting(this::text).containsExactly(
                "最終確認日が令和8年3月31日で、この年度に確認されていません。", "最終確認日がありません。");
    }

    @Test
    void aPastYearIsJudgedByTheReviewDateItHadAtItsEndNotByALaterReview() {
        services.close();
        // start in 年度 2025: two assets registered, one reviewed in that year and one long before
        MutableClock march = new MutableClock(Instant.parse("2026-03-20T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
        services = TestStores.open(dir, march);
        long inYear = services.ledger().save(null, draft("B-0001").acquiredOn("2024/4/1").lastReviewedOn("2026/3/15"))
                .asset().id();
        long before = services.ledger().save(null, draft("B-0002").acquiredOn("2024/4/1").lastReviewedOn("2024/5/1"))
                .asset().id();
        // in 年度 2026 both are reviewed again: the rows now say 2026-10-01
        march.advance(Duration.ofDays(248));
        services.ledger().save(inYear, draft("B-0001").acquiredOn("2024/4/1").lastReviewedOn("2026/10/1"));
        services.ledger().save(before, draft("B-0002").acquiredOn("2024/4/1").lastReviewedOn("2026/10/1"));

        SelfInspection past = services.inspection().inspect(FY2025);
        InspectionResult result = past.result(InspectionItem.LEDGER_REVIEWED);

        assertThat(past.asOf()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.failing()).extracting(InspectionFinding::reference).containsExactly("B-0002 試験用端末");
        assertThat(text(result.failing().get(0))).isEqualTo("最終確認日が令和6年5月1日で、この年度に確認されていません。");
        assertThat(services.inspection().inspect(FY2026).result(InspectionItem.LEDGER_REVIEWED).outcome())
                .isEqualTo(InspectionOutcome.DONE);
    }

    // ---- carry -------------------------------------------------------------------------------------------

    @Test
    void carryOutsWithPermissionPassAndThoseWithoutFailIncludingABringInAndAClassifiedOne() {
        long c2 = asset("A-0001");
        raw(carry(101, "CARRY_OUT", "RETURNED", "2026-10-01 09:00:00", "2026-10-02 17:00:00", "2026-10-01 09:30:00",
                "2026-10-02 16:00:00", "ENCRYPTION", true, manager.id(), "2026-09-30 10:00:00", c2),
                carry(102, "BRING_IN", "OUT", "2026-11-01 09:00:00", "2026-12-01 17:00:00", "2026-11-01 09:30:00",
                        null, "", false, null, null),
                // stored as needing no permission although its asset is 機密性2: the rule of now applies
                carry(103, "CARRY_OUT", "RETURNED", "2026-10-05 09:00:00", "2026-10-06 17:00:00",
                        "2026-10-05 09:30:00", "2026-10-06 16:00:00", "ENCRYPTION", false, null, null, c2),
                // applied for, never went out: nothing to check
                carry(104, "CARRY_OUT", "REQUESTED", "2026-12-05 09:00:00", "2026-12-06 17:00:00", null, null,
                        "ENCRYPTION", true, null, null, c2));

        InspectionResult result = inspect(FY2026, InspectionItem.CARRY_APPROVED);

        assertThat(result.checked()).isEqualTo(3);
        assertThat(result.outcome()).isEqualTo(InspectionOutcome.PARTIAL);
        assertThat(result.failing()).extracting(InspectionFinding::recordId).containsExactly(102L, 103L);
        assertThat(result.failing()).extracting(InspectionFinding::reference).containsExactly("No.102 タブレット 私物-1",
                "No.103 A-0001");
        assertThat(text(result.failing().get(0))).isEqualTo("許可が必要な持込ですが、許可者の記録がありません。");
    }

    @Test
    void aYearWithoutCarryOutsIsNotApplicableAndCountsAsDone() {
        InspectionResult result = inspect(FY2026, InspectionItem.CARRY_APPROVED);

        assertThat(result.notApplicable()).isTrue();
        assertThat(result.outcome()).isEqualTo(InspectionOutcome.DONE);
    }

    @Test
    void carryOutsStillOutPastTheirReturnAreOverdueWhateverYearTheyWentOut() {
        long c2 = asset("A-0001");
        raw(carry(201, "CARRY_OUT", "OUT", "2026-11-10 09:00:00", "2026-11-20 17:00:00", "2026-11-10 09:30:00", null,
                "ENCRYPTION", true, manager.id(), "2026-11-09 10:00:00", c2),
                carry(202, "CARRY_OUT", "OUT", "2026-11-20 09:00:00", "2026-11-30 17:00:00", "2026-11-20 09:30:00",
                        null, "ENCRYPTION", true, manager.id(), "2026-11-19 10:00:00", c2),
                carry(203, "CARRY_OUT", "OUT", "2026-03-01 09:00:00", "2026-03-10 17:00:00", "2026-03-01 09:30:00",
                        null, "ENCRYPTION", true, manager.id(), "2026-02-28 10:00:00", c2));

        InspectionResult result = inspect(FY2026, InspectionItem.CARRY_NOT_OVERDUE);

        assertThat(result.checked()).isEqualTo(3);
        assertThat(result.outcome()).isEqualTo(InspectionOutcome.PARTIAL);
        assertThat(result.failing()).extracting(InspectionFinding::recordId).containsExactly(201L, 203L);
        assertThat(text(result.failing().get(0))).isEqualTo("返却予定日（令和8年11月20日）を過ぎて返却されていません（4日経過）。");
    }

    @Test
    void aPastYearCountsWhatWasOverdueOnItsLastDayEvenIfReturnedSince() {
        long c2 = asset("A-0001");
        raw(carry(301, "CARRY_OUT", "RETURNED", "2026-03-20 09:00:00", "2026-03-25 17:00:00", "2026-03-20 09:30:00",
                "2026-04-10 12:00:00", "ENCRYPTION", true, manager.id(), "2026-03-19 10:00:00", c2),
                carry(302, "CARRY_OUT", "RETURNED", "2026-03-10 09:00:00", "2026-03-12 17:00:00",
                        "2026-03-10 09:30:00", "2026-03-12 12:00:00", "ENCRYPTION", true, manager.id(),
                        "2026-03-09 10:00:00", c2));

        InspectionResult past = inspect(FY2025, InspectionItem.CARRY_NOT_OVERDUE);
        InspectionResult now = inspect(FY2026, InspectionItem.CARRY_NOT_OVERDUE);

        assertThat(past.outcome()).isEqualTo(InspectionOutcome.NOT_DONE);
        assertThat(past.failing()).extracting(InspectionFinding::recordId).containsExactly(301L);
        assertThat(text(past.failing().get(0))).isEqualTo("返却予定日（令和8年3月25日）を過ぎて返却されていません（6日経過）。");
        assertThat(now.notApplicable()).isTrue();
    }

    @Test
    void classifiedCarryOutsNeedAProtectiveMeasureAndUnclassifiedOnesAreNotChecked() {
        long c2 = asset("A-0001");
        long c1 = unclassifiedAsset("A-0002");
        raw(carry(401, "CARRY_OUT", "RETURNED", "2026-10-01 09:00:00", "2026-10-02 17:00:00", "2026-10-01 09:30:00",
                "2026-10-02 16:00:00", "LOCKED_CASE", true, manager.id(), "2026-09-30 10:00:00", c2),
                carry(402, "CARRY_OUT", "RETURNED", "2026-10-03 09:00:00", "2026-10-04 17:00:00",
                        "2026-10-03 09:30:00", "2026-10-04 16:00:00", "", true, manager.id(), "2026-10-02 10:00:00",
                        c2),
                carry(403, "CARRY_OUT", "RETURNED", "2026-10-05 09:00:00", "2026-10-06 17:00:00",
                        "2026-10-05 09:30:00", "2026-10-06 16:00:00", "", false, null, null, c1));

        InspectionResult result = inspect(FY2026, InspectionItem.CARRY_PROTECTED);

        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.outcome()).isEqualTo(InspectionOutcome.PARTIAL);
        assertThat(result.failing()).extracting(InspectionFinding::recordId).containsExactly(402L);
        assertThat(text(result.failing().get(0))).isEqualTo("機密性2の情報を保護措置なしで持ち出しています。");
    }

    // ---- disposal ----------------------------------------------------------------------------------------

    @Test
    void aDisposalWithPermissionDatePerformerAndMethodPassesAndOneMissingThemFails() {
        long c2 = asset("A-0001");
        long other = asset("A-0002");
        long old = asset("A-0003");
        raw(disposal(501, "D-2026-0001", manager.id(), "2026-09-01 10:00:00", admin, manager.id(), "DESTROY",
                "PHYSICAL_DESTRUCTION", "", c2),
                disposal(502, "D-2026-0002", manager.id(), "2026-09-02 10:00:00", null, manager.id(), null,
                        "PHYSICAL_DESTRUCTION", "", other),
                // executed in 年度 2025: another year's
                disposal(503, "D-2025-0001", null, "2026-03-02 10:00:00", null, null, null, null, "", old));

        InspectionResult result = inspect(FY2026, InspectionItem.DISPOSAL_RECORDED);

        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.outcome()).isEqualTo(InspectionOutcome.PARTIAL);
        assertThat(result.failing()).extracting(InspectionFinding::reference).containsExactly("D-2026-0002");
        assertThat(text(result.failing().get(0))).isEqualTo("担当者、方法区分が記録されていません。");
        InspectionResult past = inspect(FY2025, InspectionItem.DISPOSAL_RECORDED);
        assertThat(past.outcome()).isEqualTo(InspectionOutcome.NOT_DONE);
        assertThat(text(past.failing().get(0))).isEqualTo("許可者、担当者、方法区分、手法が記録されていません。");
    }

    @Test
    void classifiedDisposalsNeedAWitnessOrACertificate() {
        long witnessed = asset("A-0001");
        long certified = asset("A-0002");
        long neither = asset("A-0003");
        long unclassified = unclassifiedAsset("A-0004");
        raw(disposal(601, "D-2026-0001", manager.id(), "2026-09-01 10:00:00", admin, manager.id(), "DESTROY",
                "SHREDDING", "", witnessed),
                disposal(602, "D-2026-0002", manager.id(), "2026-09-02 10:00:00", admin, null, "DESTROY", "SHREDDING",
                        "C-123", certified),
                disposal(603, "D-2026-0003", manager.id(), "2026-09-03 10:00:00", admin, null, "DESTROY", "SHREDDING",
                        "", neither),
                disposal(604, "D-2026-0004", manager.id(), "2026-09-04 10:00:00", admin, null, "DESTROY", "SHREDDING",
                        "", unclassified));

        InspectionResult result = inspect(FY2026, InspectionItem.DISPOSAL_WITNESSED);

        assertThat(result.checked()).isEqualTo(3);
        assertThat(result.outcome()).isEqualTo(InspectionOutcome.PARTIAL);
        assertThat(result.failing()).extracting(InspectionFinding::reference).containsExactly("D-2026-0003");
        assertThat(text(result.failing().get(0))).isEqualTo("機密性2ですが、立会職員も委託事業者の証明書もありません。");
    }

    @Test
    void aClassifiedDisposalByOsResetAloneFailsAndDestructionPasses() {
        long destroyed = asset("A-0001");
        long reset = asset("A-0002");
        raw(disposal(701, "D-2026-0001", manager.id(), "2026-09-01 10:00:00", admin, manager.id(), "DESTROY",
                "PHYSICAL_DESTRUCTION", "", destroyed),
                disposal(702, "D-2026-0002", manager.id(), "2026-09-02 10:00:00", admin, manager.id(), "CLEAR",
                        "OS_INITIALISE", "", reset));

        InspectionResult result = inspect(FY2026, InspectionItem.DISPOSAL_NOT_OS_INIT);

        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.failing()).extracting(InspectionFinding::reference).containsExactly("D-2026-0002");
        assertThat(text(result.failing().get(0))).isEqualTo("機密性2の情報をOS初期化だけで消去しています（復元できるおそれがあります）。");

        raw("DELETE FROM disposal_asset WHERE disposal_id = 701", "DELETE FROM disposal_record WHERE id = 701");
        assertThat(inspect(FY2026, InspectionItem.DISPOSAL_NOT_OS_INIT).outcome()).isEqualTo(InspectionOutcome.NOT_DONE);
    }

    // ---- training and the committee ----------------------------------------------------------------------

    @Test
    void everyoneTrainedPassesAndAnUntrainedPersonFailsByNameAndNumber() {
        raw(session(1, "ANNUAL", "2026-06-01"), attended(1, manager.id()));

        InspectionResult partial = inspect(FY2026, InspectionItem.TRAINING_ALL_STAFF);

        assertThat(partial.checked()).isEqualTo(2);
        assertThat(partial.outcome()).isEqualTo(InspectionOutcome.PARTIAL);
        assertThat(partial.failing()).extracting(InspectionFinding::recordType, InspectionFinding::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RecordType.STAFF, "試験 管理者 (Z9001)"));
        assertThat(text(partial.failing().get(0))).isEqualTo("この年度の研修を受講していません。");

        raw(attended(1, admin));
        assertThat(inspect(FY2026, InspectionItem.TRAINING_ALL_STAFF).outcome()).isEqualTo(InspectionOutcome.DONE);
    }

    @Test
    void aNewHireWithoutNewHireTrainingFailsAndPassesOnceTrained() {
        // the test administrator was hired today (a new hire of 年度 2026); the manager in 2020
        raw(session(1, "ANNUAL", "2026-11-24"), attended(1, admin), attended(1, manager.id()));

        InspectionResult untrained = inspect(FY2026, InspectionItem.TRAINING_NEW_HIRES);

        assertThat(untrained.checked()).isEqualTo(1);
        assertThat(untrained.outcome()).isEqualTo(InspectionOutcome.NOT_DONE);
        assertThat(text(untrained.failing().get(0))).isEqualTo("令和8年11月24日採用の新規採用者ですが、新規採用者研修を受講していません。");

        raw(session(2, "NEW_HIRE", "2026-11-24"), attended(2, admin));
        assertThat(inspect(FY2026, InspectionItem.TRAINING_NEW_HIRES).outcome()).isEqualTo(InspectionOutcome.DONE);
    }

    @Test
    void theCommitteeItemIsDueUntilTheReportDateIsRecorded() {
        InspectionResult due = inspect(FY2026, InspectionItem.COMMITTEE_REPORTED);
        assertThat(due.outcome()).isEqualTo(InspectionOutcome.NOT_DONE);
        assertThat(text(due.failing().get(0)))
                .isEqualTo("令和8年度の研修実施状況を情報セキュリティ委員会へ報告し、報告日を記録してください（未報告）。");
        InspectionResult missed = inspect(FY2025, InspectionItem.COMMITTEE_REPORTED);
        assertThat(text(missed.failing().get(0)))
                .isEqualTo("令和7年度の研修実施状況を情報セキュリティ委員会へ報告した日が記録されていません。");

        services.inspection().recordCommitteeReport(FY2026, LocalDate.of(2026, 11, 20));

        assertThat(services.inspection().committeeReportDate(FY2026)).contains(LocalDate.of(2026, 11, 20));
        assertThat(services.inspection().committeeReportDate(FY2025)).isEmpty();
        assertThat(inspect(FY2026, InspectionItem.COMMITTEE_REPORTED).outcome()).isEqualTo(InspectionOutcome.DONE);
        // a setting like the others: its change is in the history, in the administrator's name
        assertThat(services.history().entriesOf(RecordType.SETTING, 1).get(0).toString())
                .contains("committee.reportedOn.2026", "2026-11-20");
    }

    @Test
    void theCommitteeDateIsRefusedBeforeTheYearOrInTheFutureNamingTheField() {
        assertThatThrownBy(() -> services.inspection().recordCommitteeReport(FY2026, LocalDate.of(2026, 3, 31)))
                .satisfies(e -> assertThat(ErrorMessages.describe(e, JA))
                        .isEqualTo("委員会報告日は年度の初日（令和8年4月1日）より前の日付にはできません。"));
        assertThatThrownBy(() -> services.inspection().recordCommitteeReport(FY2026, LocalDate.of(2026, 11, 25)))
                .satisfies(e -> assertThat(ErrorMessages.describe(e, JA)).isEqualTo("委員会報告日に未来の日付は入力できません。"));
        assertThatThrownBy(() -> services.inspection().recordCommitteeReport(FY2026, null))
                .satisfies(e -> assertThat(ErrorMessages.describe(e, JA)).isEqualTo("委員会報告日を入力してください。"));
        assertThat(services.inspection().committeeReportDate(FY2026)).isEmpty();
    }

    @Test
    void onlyASystemAdministratorMayRecordTheCommitteeDate() {
        services.accounts().create("tanto", manager.id(), EnumSet.of(Role.CLERK), "clerk-password-0001".toCharArray());
        services.close();
        services = DaichoServices.login(dir, "tanto", "clerk-password-0001".toCharArray(), clock,
                KeyDerivation.forTests()).services();

        assertThat(services.inspection().mayRecordCommitteeReport()).isFalse();
        assertThatThrownBy(() -> services.inspection().recordCommitteeReport(FY2026, LocalDate.of(2026, 11, 20)))
                .isInstanceOf(PermissionException.class);
    }

    @Test
    void everyItemIsAnsweredInOrderAsAtTodayOrTheYearsLastDay() {
        SelfInspection now = services.inspection().inspect(FY2026);
        SelfInspection past = services.inspection().inspect(FY2025);

        assertThat(now.results()).extracting(InspectionResult::item).containsExactly(InspectionItem.values());
        assertThat(now.asOf()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(past.asOf()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    // ---- fixtures ----------------------------------------------------------------------------------------

    private InspectionResult inspect(FiscalYear year, InspectionItem item) {
        return services.inspection().inspect(year).result(item);
    }

    private String text(InspectionFinding finding) {
        return InspectionService.describe(finding, JA, DateStyle.WAREKI);
    }

    private AssetDraft draft(String assetNo) {
        return ServiceFixtures.assetDraft(assetNo, section, manager.id());
    }

    /** A valid 機密性2 asset, reviewed on 2026-10-01. */
    private long asset(String assetNo) {
        return services.ledger().save(null, draft(assetNo)).asset().id();
    }

    /** A valid 機密性1 asset without personal information. */
    private long unclassifiedAsset(String assetNo) {
        return services.ledger().save(null, draft(assetNo).confidentiality(1).personalInfo(PersonalInfoKind.NONE))
                .asset().id();
    }

    /** Plain SQL on the closed store, then logged in again (the same clock). */
    private void raw(String... sql) {
        services.close();
        RawStore.execute(dir, java.util.Arrays.stream(sql).flatMap(one -> java.util.Arrays.stream(one.split(";\n")))
                .toArray(String[]::new));
        services = TestStores.open(dir, clock);
    }

    private String carry(long id, String kind, String status, String plannedOut, String plannedReturn,
            String actualOut, String actualReturn, String measures, boolean permission, Long approver,
            String decidedAt, long... assets) {
        boolean bringIn = kind.equals("BRING_IN");
        StringBuilder sql = new StringBuilder("INSERT INTO carry_record (id, carry_kind, status, device_owner, "
                + "device_kind, device_model, carrier_staff_id, applied_at, purpose, destination, planned_out, "
                + "planned_return, measures, confidential3_reason, warning_reason, virus_scanned, patches_applied, "
                + "permission_required, approver_staff_id, decided_at, paper_approval, decision_comment, actual_out, "
                + "actual_return, cancel_reason) VALUES (").append(id).append(", '").append(kind).append("', '")
                .append(status).append("', ").append(bringIn ? "'試験 花子', 'タブレット', '私物-1'" : "'', '', ''")
                .append(", ").append(manager.id()).append(", ").append(ts(plannedOut)).append(", '打合せ', '試験会場', ")
                .append(ts(plannedOut)).append(", ").append(ts(plannedReturn)).append(", '").append(measures)
                .append("', '', '', FALSE, FALSE, ").append(permission).append(", ").append(approver).append(", ")
                .append(ts(decidedAt)).append(", FALSE, '', ").append(ts(actualOut)).append(", ")
                .append(ts(actualReturn)).append(", '')");
        for (int i = 0; i < assets.length; i++) {
            sql.append(";\nINSERT INTO carry_asset (carry_id, asset_id, line_no) VALUES (").append(id).append(", ")
                    .append(assets[i]).append(", ").append(i + 1).append(")");
        }
        return sql.toString();
    }

    private String disposal(long id, String recordNo, Long approver, String executedAt, Long performer, Long witness,
            String method, String technique, String certificateNo, long asset) {
        boolean certificate = !certificateNo.isEmpty();
        return "INSERT INTO disposal_record (id, record_no, status, disposal_end, planned_method, planned_technique, "
                + "planned_place, planned_on, reason, planned_contractor, applied_at, approver_staff_id, decided_at, "
                + "paper_approval, decision_comment, executed_at, performer_staff_id, performer_name, "
                + "witness_staff_id, method, technique, method_details, tool, tool_version, verification_method, "
                + "verification_result, place, contractor, certificate_no, certificate_received_on, backed_up, "
                + "backup_location, destination, note, cancel_reason) VALUES (" + id + ", '" + recordNo
                + "', 'COMPLETED', 'DISPOSE', 'DESTROY', 'PHYSICAL_DESTRUCTION', 'INSIDE', DATE '2026-01-01', "
                + "'更新のため', '', TIMESTAMP '2026-01-01 09:00:00', " + approver + ", "
                + (approver == null ? "NULL" : "TIMESTAMP '2026-01-02 09:00:00'") + ", FALSE, '', " + ts(executedAt)
                + ", " + performer + ", '', " + witness + ", " + (method == null ? "NULL" : "'" + method + "'") + ", "
                + (technique == null ? "NULL" : "'" + technique + "'") + ", '', '', '', '目視確認', '読取不能', 'INSIDE', "
                + (certificate ? "'試験リサイクル（株）'" : "''") + ", '" + certificateNo + "', "
                + (certificate ? "DATE '2026-09-10'" : "NULL") + ", FALSE, '', '', '', '');\n"
                + "INSERT INTO disposal_asset (disposal_id, asset_id, line_no) VALUES (" + id + ", " + asset + ", 1)";
    }

    private static String session(long id, String kind, String heldOn) {
        return "INSERT INTO training_session (id, title, training_kind, held_on, training_format, instructor, "
                + "target_group, note) VALUES (" + id + ", '情報セキュリティ研修', '" + kind + "', DATE '" + heldOn
                + "', 'CLASSROOM', '試験 講師', '" + (kind.equals("NEW_HIRE") ? "NEW_HIRES" : "ALL_STAFF") + "', '')";
    }

    private static String attended(long sessionId, long staffId) {
        return "INSERT INTO attendance (session_id, staff_id, result, comprehension, absence_reason, recorded_at) "
                + "VALUES (" + sessionId + ", " + staffId + ", 'ATTENDED', 'NOT_CHECKED', '', "
                + "TIMESTAMP '2026-11-24 09:00:00')";
    }

    private static String ts(String time) {
        return time == null ? "NULL" : "TIMESTAMP '" + time + "'";
    }
}
