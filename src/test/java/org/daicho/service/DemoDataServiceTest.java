package org.daicho.service;

import org.daicho.testing.TestStores;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.AssetValidator;
import org.daicho.domain.Attendance;
import org.daicho.domain.AttendanceMark;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.AttentionKind;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.StaffTrainingStatus;
import org.daicho.domain.StaffValidator;
import org.daicho.domain.TrainingCompliance;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingRules;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.Validation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic demo organisation a newcomer starts with (made once for the class: it is read-only here). */
class DemoDataServiceTest {

    /** The obviously synthetic family names the demo uses (試験 = test, 見本 = sample, 架空 = fictional …). */
    private static final Set<String> SYNTHETIC_FAMILY_NAMES =
            Set.of("試験", "見本", "仮名", "架空", "例示", "模擬", "検証", "練習", "標本", "雛形");

    @TempDir
    static Path dir;

    private static DaichoServices services;
    private static List<LedgerEntry> entries;
    private static List<Staff> staff;

    @BeforeAll
    static void makeDemo() {
        services = TestStores.createDemo(dir.resolve("demo"), ServiceFixtures.CLOCK);
        entries = services.ledger().entries();
        staff = services.staff().all();
    }

    @AfterAll
    static void closeDemo() {
        services.close();
    }

    private static <T> Set<T> distinct(java.util.function.Function<Asset, T> value) {
        return entries.stream().map(e -> value.apply(e.asset())).collect(Collectors.toSet());
    }

    @Test
    void threeSectionsSixtyStaffThreeHundredAssets() {
        assertThat(services.settings().sections()).extracting(Section::name).containsExactly("総務課", "業務課", "施設管理課");
        assertThat(staff).hasSize(60);
        assertThat(entries).hasSize(300);
        assertThat(services.settings().settings().organisationName()).contains("架空").contains("デモ");
    }

    @Test
    void everyKindClassAndStatusIsShown() {
        assertThat(distinct(Asset::kind)).isEqualTo(EnumSet.allOf(AssetKind.class));
        assertThat(distinct(a -> a.classes().confidentiality())).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(distinct(a -> a.classes().integrity())).containsExactlyInAnyOrder(1, 2);
        assertThat(distinct(a -> a.classes().availability())).containsExactlyInAnyOrder(1, 2);
        assertThat(distinct(Asset::status)).isEqualTo(EnumSet.allOf(AssetStatus.class));
    }

    @Test
    void everyKindIsFoundInEverySection() {
        Map<Long, Set<AssetKind>> kindsBySection = entries.stream().map(LedgerEntry::asset).collect(
                Collectors.groupingBy(Asset::sectionId, Collectors.mapping(Asset::kind, Collectors.toSet())));
        assertThat(kindsBySection).hasSize(3);
        kindsBySection.values().forEach(kinds -> assertThat(kinds).isEqualTo(EnumSet.allOf(AssetKind.class)));
    }

    @Test
    void everyStaffNameIsObviouslySynthetic() {
        assertThat(staff).allSatisfy(s -> {
            String[] parts = s.name().split(" ");
            assertThat(parts).hasSize(2);
            assertThat(SYNTHETIC_FAMILY_NAMES).contains(parts[0]);
        });
        assertThat(staff).filteredOn(Staff::securityManager).hasSize(3);
        assertThat(staff).filteredOn(Staff::systemManager).hasSize(1);
    }

    @Test
    void everyAssetNamesAStaffMemberAsManagerAndCarriesTheSectionName() {
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.managerName()).isNotEmpty();
            assertThat(e.sectionName()).isIn("総務課", "業務課", "施設管理課");
        });
    }

    @Test
    void everyDemoAssetCanBeOpenedAndSavedUnchanged() {
        for (LedgerEntry entry : entries) {
            Asset asset = entry.asset();
            Validation<Asset> again = AssetValidator.validate(asset.id(), AssetDraft.of(asset, DateStyle.WAREKI),
                    asset.registeredOn(), ServiceFixtures.TODAY);
            assertThat(again.errors()).as(asset.assetNo()).isEmpty();
            assertThat(again.value()).as(asset.assetNo()).isEqualTo(asset);
        }
    }

    @Test
    void everyDemoStaffMemberCanBeOpenedAndSavedUnchanged() {
        for (Staff s : staff) {
            Validation<Staff> again = StaffValidator.validate(s.id(), StaffDraft.of(s, DateStyle.WAREKI));
            assertThat(again.errors()).as(s.staffNo()).isEmpty();
            assertThat(again.value()).as(s.staffNo()).isEqualTo(s);
        }
    }

    @Test
    void theHomeScreenHasSomethingUnderEveryAttentionItem() {
        Map<AttentionKind, Integer> counts = services.attention().assetAttention(entries);
        assertThat(counts.keySet()).containsExactly(AttentionKind.values());
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isPositive());
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isLessThan(300));
    }

    @Test
    void theSameDayGivesTheSameData() {
        List<Section> sections = services.settings().sections();
        List<Staff> a = DemoDataService.syntheticStaff(60, sections, ServiceFixtures.TODAY, new Random(7));
        List<Staff> b = DemoDataService.syntheticStaff(60, sections, ServiceFixtures.TODAY, new Random(7));
        assertThat(a).isEqualTo(b);
        assertThat(DemoDataService.syntheticAssets(50, sections, staff, ServiceFixtures.TODAY, new Random(7)))
                .isEqualTo(DemoDataService.syntheticAssets(50, sections, staff, ServiceFixtures.TODAY, new Random(7)));
    }

    @Test
    void everyDisposedOrReturnedAssetIsLinkedToTheCompletedRecordThatDidIt() {
        Map<String, org.daicho.domain.DisposalEntry> byNo = services.disposal().list(org.daicho.domain.DisposalFilter.ALL)
                .stream().collect(Collectors.toMap(e -> e.record().recordNo(), e -> e));
        List<Asset> finished = entries.stream().map(LedgerEntry::asset).filter(a -> a.status().isFinal()).toList();
        assertThat(finished).isNotEmpty();
        for (Asset a : finished) {
            org.daicho.domain.DisposalEntry record = byNo.get(a.disposalRecordNo());
            assertThat(record).as(a.assetNo()).isNotNull();
            assertThat(record.record().status()).isEqualTo(org.daicho.domain.DisposalStatus.COMPLETED);
            assertThat(record.record().assetIds()).contains(a.id());
            assertThat(record.record().application().end().statusAfter()).isEqualTo(a.status());
        }
    }

    @Test
    void theDemoHasDisposalsOfEveryEndAndStatusWithEvidenceAndABatch() {
        List<org.daicho.domain.DisposalEntry> all = services.disposal().list(org.daicho.domain.DisposalFilter.ALL);
        assertThat(all.stream().map(e -> e.record().status()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(org.daicho.domain.DisposalStatus.values());
        assertThat(all.stream().filter(e -> e.record().status() == org.daicho.domain.DisposalStatus.COMPLETED)
                .map(e -> e.record().application().end()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(org.daicho.domain.DisposalEnd.values());
        assertThat(all).anySatisfy(e -> assertThat(e.record().assetIds()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(all).anySatisfy(e -> assertThat(e.record().evidence()).isNotEmpty());
        assertThat(services.disposal().checkAllEvidence()).isNotEmpty()
                .allSatisfy(check -> assertThat(check.intact()).isTrue());
    }

    @Test
    void theDemoHistoryStillVerifies() {
        assertThat(services.history().verify().intact()).isTrue();
    }

    @Test
    void twoFiscalYearsOfTrainingWithEveryKindOfSession() {
        TrainingService training = services.training();
        assertThat(training.currentYear()).isEqualTo(new FiscalYear(2026));
        for (FiscalYear year : List.of(new FiscalYear(2025), new FiscalYear(2026))) {
            List<TrainingSession> sessions = training.sessions(year);
            assertThat(sessions).as(year.toString()).isNotEmpty();
            assertThat(sessions).extracting(TrainingSession::kind).as(year.toString())
                    .containsAll(EnumSet.allOf(TrainingKind.class));
        }
        // the closed year's sessions have all taken place and been marked; of the running year's, only the past
        assertThat(training.sessions(new FiscalYear(2025))).allSatisfy(s -> assertThat(training.attendance(s.id()))
                .as(s.title()).isNotEmpty());
        assertThat(training.sessions(new FiscalYear(2026))).filteredOn(s -> !s.heldOn().isAfter(ServiceFixtures.TODAY))
                .hasSizeGreaterThan(3).allSatisfy(s -> assertThat(training.attendance(s.id())).as(s.title())
                        .isNotEmpty());
        assertThat(training.sessions(new FiscalYear(2026))).filteredOn(s -> s.heldOn().isAfter(ServiceFixtures.TODAY))
                .as("sessions still to come").isNotEmpty()
                .allSatisfy(s -> assertThat(training.attendance(s.id())).isEmpty());
    }

    @Test
    void everyDemoMarkIsOneTheAppWouldAccept() {
        TrainingService training = services.training();
        Map<Long, Staff> byId = staff.stream().collect(Collectors.toMap(Staff::id, s -> s));
        List<String> reasons = new java.util.ArrayList<>();
        for (FiscalYear year : List.of(new FiscalYear(2025), new FiscalYear(2026))) {
            for (TrainingSession session : training.sessions(year)) {
                for (Attendance a : training.attendance(session.id())) {
                    Staff person = byId.get(a.staffId());
                    assertThat(person.isActiveOn(session.heldOn())).as(person.staffNo() + " " + session.title())
                            .isTrue();
                    AttendanceMark mark = new AttendanceMark(session.id(), List.of(a.staffId()), a.result(),
                            a.comprehension(), a.absenceReason(), a.makeUpOn());
                    assertThat(TrainingRules.check(mark, session, ServiceFixtures.TODAY)).isEmpty();
                    if (a.result() == AttendanceResult.ABSENT) {
                        reasons.add(a.absenceReason());
                    }
                }
            }
        }
        assertThat(reasons).contains("出張", "病気休暇");
    }

    @Test
    void theRunningYearHasGapsToFindAndMostAreTrained() {
        TrainingCompliance now = services.training().compliance(new FiscalYear(2026));
        int counted = now.people().size();
        long newHires = now.people().stream().filter(StaffTrainingStatus::newHire).count();
        long needConsent = now.people().stream().filter(p -> p.staff().needsConsent()).count();
        assertThat(now.referenceDay()).isEqualTo(ServiceFixtures.TODAY);
        assertThat(now.untrained()).isNotEmpty().hasSizeLessThan(counted);
        assertThat(now.newHiresUntrained()).isNotEmpty().hasSizeLessThan((int) newHires);
        assertThat(now.consentMissing()).isNotEmpty().hasSizeLessThan((int) needConsent);
        assertThat(now.untrained()).as("some with a reason for their absence, some never marked")
                .anySatisfy(p -> assertThat(p.absenceReasons()).isNotEmpty())
                .anySatisfy(p -> assertThat(p.absenceReasons()).isEmpty());
        assertThat(now.rate()).isGreaterThan(0.8);
        assertThat(services.training().attention()).isEqualTo(new TrainingAttention(new FiscalYear(2026),
                now.untrained().size(), now.newHiresUntrained().size(), now.consentMissing().size()));

        TrainingCompliance closed = services.training().compliance(new FiscalYear(2025));
        assertThat(closed.referenceDay()).isEqualTo("2026-03-31");
        assertThat(closed.rate()).isGreaterThan(0.9);
        assertThat(closed.people()).filteredOn(StaffTrainingStatus::newHire).as("the year before's new hires")
                .isNotEmpty();
    }

    @Test
    void theDemoHistoryIsIntact() {
        VerifyResult result = services.history().verify();
        assertThat(result.intact()).as(String.valueOf(result.firstBreak())).isTrue();
    }
}
