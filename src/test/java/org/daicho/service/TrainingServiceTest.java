package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.daicho.domain.AttachedFile;
import org.daicho.domain.Attendance;
import org.daicho.domain.AttendanceMark;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Comprehension;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FieldChange;
import org.daicho.domain.FieldError;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.HistoryAction;
import org.daicho.domain.HistoryEntry;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.StaffTrainingStatus;
import org.daicho.domain.TrainingCompliance;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingReport;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingSessionDraft;
import org.daicho.domain.TrainingTarget;
import org.daicho.domain.ValidationException;
import org.daicho.testing.MutableClock;
import org.daicho.testing.RawStore;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 研修受講記録 through the service on a real encrypted store: sessions, materials, marking, compliance. */
class TrainingServiceTest {

    private static final String TEMP = "temporary-pass-1";
    private static final OrganisationSetup SETUP = new OrganisationSetup("試験町環境衛生組合（試験）",
            List.of("試験課", "見本課"), List.of("担当", "係長", "課長"));
    private static final FiscalYear FY2026 = new FiscalYear(2026);

    @TempDir
    Path dir;

    /** 2026-11-24 10:00 in Tokyo: 令和8年度 is running. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private DaichoServices services;

    private Staff veteran;
    private Staff another;
    private Staff newHire;
    private Staff partTime;
    private Staff leftInSummer;
    private Staff clerk;

    @BeforeEach
    void makeStore() {
        services = DaichoServices.create(dir, SETUP, TestStores.admin(), clock, KeyDerivation.forTests()).services();
        long first = services.settings().sections().get(0).id();
        long second = services.settings().sections().get(1).id();
        veteran = staff("S0001", "試験 一郎", first, EmploymentType.REGULAR, "2010/4/1", "", "");
        another = staff("S0002", "見本 次郎", second, EmploymentType.REGULAR, "2012/4/1", "", "");
        newHire = staff("S0003", "架空 三郎", first, EmploymentType.REGULAR, "2026/5/1", "", "");
        partTime = staff("S0004", "例示 花子", second, EmploymentType.PART_TIME, "2024/4/1", "", "");
        leftInSummer = staff("S0005", "模擬 桜", second, EmploymentType.REGULAR, "2015/4/1", "2026/8/31", "");
        clerk = staff("S0006", "検証 葵", first, EmploymentType.TEMPORARY, "2023/4/1", "", "2023/4/1");
        services.accounts().create("tanto1", clerk.id(), EnumSet.of(Role.CLERK), TEMP.toCharArray());
        services.accounts().create("kanri1", another.id(), EnumSet.of(Role.SECURITY_MANAGER), TEMP.toCharArray());
    }

    @AfterEach
    void closeStore() {
        if (services != null) {
            services.close();
        }
    }

    private Staff staff(String no, String name, long section, EmploymentType type, String hired, String left,
            String consent) {
        return services.staff().save(null, new StaffDraft(no, name, "しけん しょくいん", section, type, hired, left,
                false, false, consent));
    }

    /** Logs in as {@code user} (the one store is opened by one account at a time). */
    private DaichoServices as(String user) {
        services.close();
        services = null;
        String password = user.equals(TestStores.ADMIN) ? TestStores.PASSWORD : TEMP;
        services = DaichoServices.login(dir, user, password.toCharArray(), clock, KeyDerivation.forTests()).services();
        return services;
    }

    private TrainingService training() {
        return services.training();
    }

    private static TrainingSessionDraft draft(String title, TrainingKind kind, String day) {
        return new TrainingSessionDraft(title, kind, day, TrainingFormat.CLASSROOM, "試験 講師", TrainingTarget.ALL_STAFF,
                "");
    }

    private TrainingSession session(String title, TrainingKind kind, String day) {
        return training().saveSession(null, draft(title, kind, day));
    }

    private static AttendanceMark attended(TrainingSession s, Staff... people) {
        return new AttendanceMark(s.id(), Stream.of(people).map(Staff::id).toList(), AttendanceResult.ATTENDED,
                Comprehension.GOOD, "", null);
    }

    private static List<String> refusal(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::messageKey).toList();
        }
        throw new AssertionError("not refused");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private void assertHistoryIntact() {
        VerifyResult verified = services.history().verify();
        assertThat(verified.intact()).as(String.valueOf(verified.firstBreak())).isTrue();
    }

    @Test
    void aSessionIsSavedChangedAndDeletedWithItsHistory() {
        TrainingSession saved = session("情報セキュリティ年次研修（試験）", TrainingKind.ANNUAL, "R8.6.10");
        assertThat(saved.id()).isNotNull();
        assertThat(saved.heldOn()).isEqualTo("2026-06-10");
        assertThat(saved.fiscalYear()).isEqualTo(FY2026);
        assertThat(training().session(saved.id())).isEqualTo(saved);
        assertThat(training().sessions(FY2026)).containsExactly(saved);
        assertThat(training().sessions(new FiscalYear(2025))).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        TrainingSession changed = training().saveSession(saved.id(),
                new TrainingSessionDraft("情報セキュリティ年次研修（第1回）", TrainingKind.ANNUAL, "2026/6/11",
                        TrainingFormat.E_LEARNING, "見本 講師", TrainingTarget.ALL_STAFF, "録画あり"));
        assertThat(training().session(saved.id())).isEqualTo(changed);
        List<HistoryEntry> history = services.history().entriesOf(RecordType.TRAINING_SESSION, saved.id());
        assertThat(history).extracting(HistoryEntry::action).containsExactly(HistoryAction.UPDATE,
                HistoryAction.CREATE);
        assertThat(history.get(0).changes()).extracting(FieldChange::field)
                .containsExactly("TITLE", "HELD_ON", "FORMAT", "INSTRUCTOR", "NOTE");

        assertThat(refusal(() -> training().saveSession(saved.id(), draft("", TrainingKind.ANNUAL, "2026/6/11"))))
                .containsExactly("validation.required");
        assertThat(training().session(saved.id())).as("nothing written by the refusal").isEqualTo(changed);

        training().deleteSession(saved.id(), "重複して登録したため");
        assertThat(training().sessions(FY2026)).isEmpty();
        HistoryEntry deleted = services.history().entriesOf(RecordType.TRAINING_SESSION, saved.id()).get(0);
        assertThat(deleted.action()).isEqualTo(HistoryAction.DELETE);
        assertThat(deleted.reason()).isEqualTo("重複して登録したため");
        assertHistoryIntact();
    }

    @Test
    void aSessionWithAttendanceIsNotDeletedNorMoved() {
        TrainingSession s = session("年次研修（試験）", TrainingKind.ANNUAL, "2026/6/10");
        training().mark(attended(s, veteran));

        assertThat(refusal(() -> training().deleteSession(s.id(), "誤登録")))
                .containsExactly("training.error.sessionHasAttendance");
        assertThat(refusal(() -> training().saveSession(s.id(), draft("年次研修（試験）", TrainingKind.ANNUAL,
                "2026/3/31")))).containsExactly("training.error.moveMarkedSession");
        assertThat(refusal(() -> training().saveSession(s.id(), draft("年次研修（試験）", TrainingKind.ANNUAL,
                "2026/6/17")))).as("not even within the year: the marks were checked against the day")
                .containsExactly("training.error.moveMarkedSession");
        assertThat(refusal(() -> training().unmark(s.id(), List.of(veteran.id()), " ")))
                .containsExactly("validation.required");

        training().unmark(s.id(), List.of(veteran.id()), "誤って記録したため");
        assertThat(training().attendance(s.id())).isEmpty();
        training().deleteSession(s.id(), "誤登録");
        assertThat(training().sessions(FY2026)).isEmpty();
        assertHistoryIntact();
    }

    @Test
    void materialsAreKeptInTheStoreWithTheirHashAndSavedBackUnchanged() throws Exception {
        TrainingSession s = session("年次研修（試験）", TrainingKind.ANNUAL, "2026/6/10");
        byte[] bytes = "見本の研修資料（架空）\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("研修資料.pdf"), bytes);

        AttachedFile attached = training().attachMaterials(s.id(), file);
        assertThat(attached).isEqualTo(new AttachedFile("研修資料.pdf", bytes.length, sha256(bytes)));
        assertThat(training().session(s.id()).materials()).isEqualTo(attached);
        HistoryEntry entry = services.history().entriesOf(RecordType.TRAINING_SESSION, s.id()).get(0);
        assertThat(entry.changes()).containsExactly(new FieldChange("MATERIALS", "", attached.describe()));

        TrainingSession edited = training().saveSession(s.id(), draft("年次研修（改題）", TrainingKind.ANNUAL,
                "2026/6/10"));
        assertThat(edited.materials()).as("an edit keeps the materials").isEqualTo(attached);

        Path target = dir.resolve("out").resolve("保存.pdf");
        Files.createDirectories(target.getParent());
        assertThat(training().saveMaterials(s.id(), target)).isEqualTo(attached);
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);

        Path empty = Files.write(dir.resolve("空.pdf"), new byte[0]);
        assertThat(refusal(() -> training().attachMaterials(s.id(), empty)))
                .containsExactly("training.error.materialsSize");
        assertThat(refusal(() -> training().attachMaterials(s.id(), dir.resolve("ない.pdf"))))
                .containsExactly("training.error.materialsUnreadable");
        TrainingSession bare = session("緊急時対応訓練（試験）", TrainingKind.EMERGENCY_DRILL, "2026/9/1");
        assertThat(refusal(() -> training().saveMaterials(bare.id(), dir.resolve("none.pdf"))))
                .containsExactly("training.error.noMaterials");
        assertHistoryIntact();
    }

    @Test
    void materialsChangedOutsideTheAppAreNotSaved() throws Exception {
        TrainingSession s = session("年次研修（試験）", TrainingKind.ANNUAL, "2026/6/10");
        Path file = Files.write(dir.resolve("資料.txt"), "見本の資料".getBytes(StandardCharsets.UTF_8));
        training().attachMaterials(s.id(), file);
        Path before = dir.resolve("before.txt");
        training().saveMaterials(s.id(), before);
        assertThat(Files.readString(before)).as("saved while untouched").isEqualTo("見本の資料");
        services.close();
        services = null;
        RawStore.execute(dir, "UPDATE training_session SET materials = X'00010203' WHERE id = " + s.id());
        services = TestStores.open(dir, clock);

        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = out.resolve("資料.txt");
        assertThat(refusal(() -> services.training().saveMaterials(s.id(), target)))
                .containsExactly("training.error.materialsChanged");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("neither the file nor a partial one is left").isEmpty();
        }
    }

    @Test
    void aSessionForNewHiresListsThoseHiredInItsYearAndAnyoneAlreadyMarked() {
        TrainingSession s = training().saveSession(null, new TrainingSessionDraft("新規採用者研修（試験）",
                TrainingKind.NEW_HIRE, "2026/6/10", TrainingFormat.CLASSROOM, "試験 講師", TrainingTarget.NEW_HIRES, ""));
        assertThat(training().staffFor(s.id())).extracting(Staff::staffNo).containsExactly("S0003");

        training().mark(attended(s, veteran));
        assertThat(training().staffFor(s.id())).as("a mark is never hidden").extracting(Staff::staffNo)
                .containsExactly("S0001", "S0003");
    }

    @Test
    void manyPeopleAreMarkedAtOnceAndAMarkCanBeChangedOrRemoved() {
        TrainingSession s = session("年次研修（試験）", TrainingKind.ANNUAL, "2026/6/10");
        assertThat(training().staffFor(s.id())).as("employed on the session's day, not hired yet excluded")
                .extracting(Staff::staffNo).containsExactly("S0001", "S0002", "S0003", "S0004", "S0005", "S0006");

        List<Attendance> marked = training().mark(attended(s, veteran, another, newHire, veteran));
        assertThat(marked).as("each person once").extracting(Attendance::staffId)
                .containsExactly(veteran.id(), another.id(), newHire.id());
        assertThat(marked).allSatisfy(a -> {
            assertThat(a.result()).isEqualTo(AttendanceResult.ATTENDED);
            assertThat(a.comprehension()).isEqualTo(Comprehension.GOOD);
            assertThat(a.recordedAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 10, 0));
        });
        assertThat(training().attendance(s.id())).isEqualTo(marked);

        clock.advance(Duration.ofHours(1));
        Attendance first = marked.get(1);
        List<Attendance> again = training().mark(new AttendanceMark(s.id(), List.of(another.id()),
                AttendanceResult.ABSENT, null, " 出張 ", null));
        assertThat(again).singleElement().satisfies(a -> {
            assertThat(a.id()).as("the same row").isEqualTo(first.id());
            assertThat(a.result()).isEqualTo(AttendanceResult.ABSENT);
            assertThat(a.absenceReason()).isEqualTo("出張");
            assertThat(a.comprehension()).isEqualTo(Comprehension.NOT_CHECKED);
            assertThat(a.recordedAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 11, 0));
        });
        training().mark(new AttendanceMark(s.id(), List.of(partTime.id()), AttendanceResult.MAKE_UP,
                Comprehension.RETAKE, "", LocalDate.of(2026, 7, 1)));
        assertThat(training().attendance(s.id())).hasSize(4);
        assertThat(services.history().entriesOf(RecordType.ATTENDANCE, first.id()))
                .extracting(HistoryEntry::action).containsExactly(HistoryAction.UPDATE, HistoryAction.CREATE);

        training().unmark(s.id(), List.of(another.id(), leftInSummer.id()), "誤って記録したため");
        assertThat(training().attendance(s.id())).extracting(Attendance::staffId)
                .containsExactly(veteran.id(), newHire.id(), partTime.id());
        assertThat(services.history().entriesOf(RecordType.ATTENDANCE, first.id()).get(0))
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo(HistoryAction.DELETE);
                    assertThat(e.reason()).isEqualTo("誤って記録したため");
                });
        assertHistoryIntact();
    }

    @Test
    void aBatchWithOneWrongPersonWritesNothing() {
        TrainingSession s = session("年次研修（試験）", TrainingKind.ANNUAL, "2026/9/15");
        training().mark(attended(s, veteran));
        long entriesBefore = services.history().verify().entriesChecked();

        AttendanceMark withStranger = new AttendanceMark(s.id(), List.of(another.id(), 999_999L, newHire.id()),
                AttendanceResult.ABSENT, null, "病気休暇", null);
        assertThat(refusal(() -> training().mark(withStranger))).containsExactly("training.error.notEmployed");
        assertThat(refusal(() -> training().mark(attended(s, another, leftInSummer)))).as("left on 31 August")
                .containsExactly("training.error.notEmployed");
        AttendanceMark noReason = new AttendanceMark(s.id(), List.of(another.id()), AttendanceResult.ABSENT, null,
                "", null);
        assertThat(refusal(() -> training().mark(noReason))).containsExactly("training.error.absenceReason");
        TrainingSession coming = session("緊急時対応訓練（試験）", TrainingKind.EMERGENCY_DRILL, "2026/12/1");
        assertThat(refusal(() -> training().mark(attended(coming, veteran))))
                .containsExactly("training.error.sessionInFuture");

        assertThat(training().attendance(s.id())).extracting(Attendance::staffId).containsExactly(veteran.id());
        assertThat(training().attendance(coming.id())).isEmpty();
        // the session added meanwhile is the only new entry
        assertThat(services.history().verify().entriesChecked()).isEqualTo(entriesBefore + 1);
    }

    @Test
    void onlyClerksAndAdministratorsMayWrite() {
        TrainingSession s = session("年次研修（試験）", TrainingKind.ANNUAL, "2026/6/10");

        TrainingService asManager = as("kanri1").training();
        assertThatThrownBy(() -> asManager.mark(attended(s, veteran))).isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> asManager.unmark(s.id(), List.of(veteran.id()), "誤り"))
                .isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> asManager.saveSession(null, draft("幹部研修（試験）", TrainingKind.EXECUTIVE,
                "2026/7/1"))).isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> asManager.deleteSession(s.id(), "誤り")).isInstanceOf(PermissionException.class);
        assertThat(asManager.sessions(FY2026)).as("but may read").hasSize(1);
        assertThat(asManager.attention().untrained()).isPositive();

        assertThat(as("tanto1").training().mark(attended(s, veteran))).hasSize(1);
        assertThat(services.history().entriesOf(RecordType.ATTENDANCE, services.training().attendance(s.id()).get(0)
                .id()).get(0).userName()).isEqualTo("tanto1");
    }

    @Test
    void complianceReportAndHomeScreenAttentionThroughTheService() {
        TrainingSession lastYear = session("年次研修（令和7年度）", TrainingKind.ANNUAL, "2026/2/10");
        TrainingSession newHires = session("新規採用者研修（試験）", TrainingKind.NEW_HIRE, "2026/5/12");
        TrainingSession annual = session("年次研修（試験）", TrainingKind.ANNUAL, "2026/6/10");
        training().mark(attended(lastYear, another));
        training().mark(attended(annual, veteran, leftInSummer));
        training().mark(new AttendanceMark(annual.id(), List.of(another.id(), newHire.id()), AttendanceResult.ABSENT,
                null, "出張", null));
        training().mark(new AttendanceMark(annual.id(), List.of(partTime.id()), AttendanceResult.MAKE_UP, null, "",
                LocalDate.of(2026, 6, 30)));

        TrainingCompliance c = training().compliance(FY2026);
        assertThat(c.referenceDay()).isEqualTo("2026-11-24");
        // counted: the administrator (hired today), veteran, another, newHire, partTime, clerk; not leftInSummer
        assertThat(c.people()).extracting(p -> p.staff().staffNo())
                .containsExactlyInAnyOrder("Z9001", "S0001", "S0002", "S0003", "S0004", "S0006");
        assertThat(c.untrained()).extracting(p -> p.staff().staffNo())
                .containsExactlyInAnyOrder("Z9001", "S0002", "S0003", "S0006");
        assertThat(c.newHiresUntrained()).extracting(p -> p.staff().staffNo())
                .containsExactlyInAnyOrder("Z9001", "S0003");
        assertThat(c.consentMissing()).extracting(p -> p.staff().staffNo()).containsExactly("S0004");
        assertThat(c.people()).filteredOn(p -> p.staff().id().equals(another.id())).singleElement()
                .extracting(StaffTrainingStatus::absenceReasons).isEqualTo(List.of("出張"));
        assertThat(c.sessions()).containsExactly(newHires, annual);

        assertThat(training().attention()).isEqualTo(new TrainingAttention(FY2026, 4, 2, 1));

        TrainingReport report = training().report(FY2026);
        assertThat(report.total()).isEqualTo(new TrainingReport.Count(6, 2));
        assertThat(report.newHires()).isEqualTo(new TrainingReport.Count(2, 0));
        assertThat(report.sessions()).containsExactly(new TrainingReport.SessionCount(newHires, 0, 0, 0),
                new TrainingReport.SessionCount(annual, 2, 2, 1));
        assertThat(report.reportDate()).isEqualTo("2026-11-24");

        // the new hire takes 新規採用者研修 later (on video): trained, and no longer a new hire without it
        training().mark(new AttendanceMark(newHires.id(), List.of(newHire.id()), AttendanceResult.MAKE_UP, null, "",
                LocalDate.of(2026, 11, 20)));
        assertThat(training().attention()).isEqualTo(new TrainingAttention(FY2026, 3, 1, 1));

        // the closed year: only who was employed on 31 March 2026 and its own sessions
        TrainingCompliance closed = training().compliance(new FiscalYear(2025));
        assertThat(closed.referenceDay()).isEqualTo("2026-03-31");
        assertThat(closed.people()).extracting(p -> p.staff().staffNo())
                .containsExactlyInAnyOrder("S0001", "S0002", "S0004", "S0005", "S0006");
        assertThat(closed.untrained()).extracting(p -> p.staff().staffNo())
                .containsExactlyInAnyOrder("S0001", "S0004", "S0005", "S0006");
        assertHistoryIntact();
    }

    @Test
    void attachingMaterialsIsRecordedAndStillVerifies() throws IOException {
        TrainingSession s = session("役割別研修（試験）", TrainingKind.ROLE_BASED, "2026/10/5");
        Path first = Files.write(dir.resolve("第1版.txt"), "見本 第1版".getBytes(StandardCharsets.UTF_8));
        Path second = Files.write(dir.resolve("第2版.txt"), "見本 第2版（改訂）".getBytes(StandardCharsets.UTF_8));
        AttachedFile one = training().attachMaterials(s.id(), first);
        AttachedFile two = training().attachMaterials(s.id(), second);
        assertThat(two.sha256()).isNotEqualTo(one.sha256());
        assertThat(services.history().entriesOf(RecordType.TRAINING_SESSION, s.id()).get(0).changes())
                .containsExactly(new FieldChange("MATERIALS", one.describe(), two.describe()));
        assertHistoryIntact();
    }
}
