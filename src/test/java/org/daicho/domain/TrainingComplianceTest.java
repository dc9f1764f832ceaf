package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who is counted, trained, a new hire and without a 同意書 in a 年度 (April–March): the edges of the year and of
 * employment, without a store.
 */
class TrainingComplianceTest {

    private static final FiscalYear FY2025 = new FiscalYear(2025);
    private static final FiscalYear FY2026 = new FiscalYear(2026);
    private static final FiscalYear FY2027 = new FiscalYear(2027);
    private static final LocalDate LONG_AGO = LocalDate.of(2010, 4, 1);

    static Staff staff(long id, EmploymentType type, LocalDate hired, LocalDate left, LocalDate consent) {
        return new Staff(id, String.format("S%05d", id), "試験 職員" + id, "しけん しょくいん", 1L, type, hired, left,
                false, false, consent);
    }

    static Staff regular(long id, LocalDate hired) {
        return staff(id, EmploymentType.REGULAR, hired, null, null);
    }

    static TrainingSession session(long id, TrainingKind kind, LocalDate heldOn) {
        return new TrainingSession(id, "試験研修" + id, kind, heldOn, TrainingFormat.CLASSROOM, "試験 講師",
                TrainingTarget.ALL_STAFF, "", null);
    }

    static Attendance attended(long sessionId, long staffId) {
        return new Attendance(null, sessionId, staffId, AttendanceResult.ATTENDED, Comprehension.GOOD, "", null,
                LocalDateTime.of(2026, 4, 1, 9, 0));
    }

    static Attendance absent(long sessionId, long staffId, String reason) {
        return new Attendance(null, sessionId, staffId, AttendanceResult.ABSENT, null, reason, null,
                LocalDateTime.of(2026, 4, 1, 9, 0));
    }

    static Attendance madeUp(long sessionId, long staffId, LocalDate on) {
        return new Attendance(null, sessionId, staffId, AttendanceResult.MAKE_UP, Comprehension.FAIR, "", on,
                LocalDateTime.of(2026, 4, 1, 9, 0));
    }

    private static StaffTrainingStatus statusOf(TrainingCompliance compliance, long staffId) {
        return compliance.people().stream().filter(p -> p.staff().id() == staffId).findFirst()
                .orElseThrow(() -> new AssertionError("staff " + staffId + " is not counted"));
    }

    private static List<Long> countedIds(TrainingCompliance compliance) {
        return compliance.people().stream().map(p -> p.staff().id()).toList();
    }

    @Test
    void theReferenceDayIsTodayWhileTheYearRunsElseItsLastDay() {
        assertThat(TrainingCompliance.referenceDay(FY2026, LocalDate.of(2026, 11, 24))).isEqualTo("2026-11-24");
        assertThat(TrainingCompliance.referenceDay(FY2026, LocalDate.of(2026, 4, 1))).isEqualTo("2026-04-01");
        assertThat(TrainingCompliance.referenceDay(FY2026, LocalDate.of(2027, 3, 31))).isEqualTo("2027-03-31");
        assertThat(TrainingCompliance.referenceDay(FY2025, LocalDate.of(2026, 11, 24))).as("a closed year")
                .isEqualTo("2026-03-31");
        assertThat(TrainingCompliance.referenceDay(FY2027, LocalDate.of(2026, 11, 24))).as("a year not begun")
                .isEqualTo("2027-04-01");
    }

    @Test
    void hiredOn31MarchIsANewHireOfThatYearAndOn1AprilOfTheNext() {
        Staff march31 = regular(1, LocalDate.of(2027, 3, 31));
        Staff april1 = regular(2, LocalDate.of(2027, 4, 1));
        Staff older = regular(3, LONG_AGO);
        List<Staff> staff = List.of(march31, april1, older);
        LocalDate today = LocalDate.of(2027, 5, 10);

        TrainingCompliance fy2026 = TrainingCompliance.of(FY2026, today, staff, List.of(), List.of());
        assertThat(fy2026.referenceDay()).isEqualTo("2027-03-31");
        assertThat(countedIds(fy2026)).as("hired on 1 April is not yet employed on 31 March")
                .containsExactly(1L, 3L);
        assertThat(statusOf(fy2026, 1).newHire()).isTrue();
        assertThat(statusOf(fy2026, 3).newHire()).isFalse();
        assertThat(fy2026.newHiresUntrained()).extracting(p -> p.staff().id()).containsExactly(1L);

        TrainingCompliance fy2027 = TrainingCompliance.of(FY2027, today, staff, List.of(), List.of());
        assertThat(countedIds(fy2027)).containsExactly(1L, 2L, 3L);
        assertThat(statusOf(fy2027, 1).newHire()).as("a new hire of the year before").isFalse();
        assertThat(statusOf(fy2027, 2).newHire()).isTrue();
        assertThat(fy2027.newHiresUntrained()).extracting(p -> p.staff().id()).containsExactly(2L);
    }

    @Test
    void someoneWhoLeftIsCountedUpToTheLeaveDateAndNotInTheClosedYear() {
        Staff leaver = staff(1, EmploymentType.REGULAR, LONG_AGO, LocalDate.of(2026, 9, 30), null);
        Staff stays = regular(2, LONG_AGO);
        List<Staff> staff = List.of(leaver, stays);

        assertThat(countedIds(TrainingCompliance.of(FY2026, LocalDate.of(2026, 9, 30), staff, List.of(), List.of())))
                .as("on the leave date itself").containsExactly(1L, 2L);
        assertThat(countedIds(TrainingCompliance.of(FY2026, LocalDate.of(2026, 10, 1), staff, List.of(), List.of())))
                .as("the day after").containsExactly(2L);
        TrainingCompliance closed = TrainingCompliance.of(FY2026, LocalDate.of(2027, 6, 1), staff, List.of(),
                List.of());
        assertThat(closed.referenceDay()).isEqualTo("2027-03-31");
        assertThat(countedIds(closed)).as("the closed year's figures").containsExactly(2L);
        assertThat(closed.untrained()).hasSize(1);
    }

    @Test
    void someoneHiredAfterTheReferenceDayIsNotCountedYet() {
        Staff later = regular(1, LocalDate.of(2026, 12, 1));
        Staff today = regular(2, LocalDate.of(2026, 11, 24));
        TrainingCompliance c = TrainingCompliance.of(FY2026, LocalDate.of(2026, 11, 24), List.of(later, today),
                List.of(), List.of());
        assertThat(countedIds(c)).as("counted from the first day").containsExactly(2L);
        assertThat(statusOf(c, 2).newHire()).isTrue();
    }

    @Test
    void attendedAndMadeUpCountAsTrainedAbsentDoesNotAndItsReasonIsKept() {
        TrainingSession annual = session(10, TrainingKind.ANNUAL, LocalDate.of(2026, 6, 10));
        TrainingSession drill = session(11, TrainingKind.EMERGENCY_DRILL, LocalDate.of(2026, 9, 1));
        Staff attendee = regular(1, LONG_AGO);
        Staff makeUp = regular(2, LONG_AGO);
        Staff absentee = regular(3, LONG_AGO);
        List<Attendance> marks = List.of(
                attended(10, 1), attended(11, 1),
                madeUp(10, 2, LocalDate.of(2026, 7, 3)),
                // the later session's reason is marked first: reasons still come in session order
                absent(11, 3, "病気休暇"), absent(10, 3, "出張"));
        TrainingCompliance c = TrainingCompliance.of(FY2026, LocalDate.of(2026, 11, 24),
                List.of(attendee, makeUp, absentee), List.of(drill, annual), marks);

        assertThat(statusOf(c, 1).trainedCount()).isEqualTo(2);
        assertThat(statusOf(c, 1).lastTrainedOn()).isEqualTo("2026-09-01");
        assertThat(statusOf(c, 2).trainedCount()).isEqualTo(1);
        assertThat(statusOf(c, 2).lastTrainedOn()).as("the day it was made up").isEqualTo("2026-07-03");
        assertThat(statusOf(c, 2).untrained()).isFalse();
        assertThat(statusOf(c, 3).trainedCount()).isZero();
        assertThat(statusOf(c, 3).lastTrainedOn()).isNull();
        assertThat(statusOf(c, 3).absenceReasons()).containsExactly("出張", "病気休暇");
        assertThat(c.untrained()).extracting(p -> p.staff().id()).containsExactly(3L);
        assertThat(c.rate()).isEqualTo(2.0 / 3);
    }

    @Test
    void sessionsOfAnotherYearDoNotCount() {
        TrainingSession lastYear = session(10, TrainingKind.ANNUAL, LocalDate.of(2026, 3, 31));
        TrainingSession nextYear = session(11, TrainingKind.ANNUAL, LocalDate.of(2027, 4, 1));
        TrainingSession thisYearLate = session(12, TrainingKind.EMERGENCY_DRILL, LocalDate.of(2027, 3, 31));
        TrainingSession thisYearEarly = session(13, TrainingKind.ANNUAL, LocalDate.of(2026, 4, 1));
        Staff onlyLastYear = regular(1, LONG_AGO);
        Staff thisYear = regular(2, LONG_AGO);
        TrainingCompliance c = TrainingCompliance.of(FY2026, LocalDate.of(2027, 6, 1),
                List.of(onlyLastYear, thisYear), List.of(nextYear, thisYearLate, lastYear, thisYearEarly),
                List.of(attended(10, 1), attended(11, 1), absent(11, 2, "出張"), attended(12, 2)));

        assertThat(statusOf(c, 1).untrained()).as("trained in FY2025 and FY2027 only").isTrue();
        assertThat(statusOf(c, 2).trainedCount()).isEqualTo(1);
        assertThat(statusOf(c, 2).absenceReasons()).as("another year's absence").isEmpty();
        assertThat(c.sessions()).extracting(TrainingSession::id).as("the year's sessions by day")
                .containsExactly(13L, 12L);
    }

    @Test
    void aNewHireIsTrainedByANewHireSessionAttendedOnOrAfterTheHiringDay() {
        LocalDate hired = LocalDate.of(2026, 5, 1);
        TrainingSession beforeHiring = session(10, TrainingKind.NEW_HIRE, LocalDate.of(2026, 4, 10));
        TrainingSession annual = session(11, TrainingKind.ANNUAL, LocalDate.of(2026, 6, 10));
        TrainingSession newHire = session(12, TrainingKind.NEW_HIRE, LocalDate.of(2026, 5, 1));
        List<TrainingSession> sessions = List.of(beforeHiring, annual, newHire);
        Staff onlyEarlier = regular(1, hired);
        Staff onlyAnnual = regular(2, hired);
        Staff onTheDay = regular(3, hired);
        Staff madeUpLater = regular(4, hired);
        Staff absentee = regular(5, hired);
        Staff notNew = regular(6, LONG_AGO);
        TrainingCompliance c = TrainingCompliance.of(FY2026, LocalDate.of(2026, 11, 24),
                List.of(onlyEarlier, onlyAnnual, onTheDay, madeUpLater, absentee, notNew), sessions,
                List.of(attended(10, 1), attended(11, 2), attended(12, 3), madeUp(10, 4, LocalDate.of(2026, 5, 20)),
                        absent(12, 5, "病気休暇"), attended(12, 6)));

        assertThat(statusOf(c, 1).newHireTrained()).as("a session before the hiring day").isFalse();
        assertThat(statusOf(c, 1).untrained()).as("yet it counts as training").isFalse();
        assertThat(statusOf(c, 2).newHireTrained()).as("an annual session is not 新規採用者研修").isFalse();
        assertThat(statusOf(c, 3).newHireTrained()).isTrue();
        assertThat(statusOf(c, 4).newHireTrained()).as("made up after the hiring day").isTrue();
        assertThat(statusOf(c, 5).newHireTrained()).isFalse();
        assertThat(statusOf(c, 6).newHire()).isFalse();
        assertThat(statusOf(c, 6).newHireTrained()).as("only new hires").isFalse();
        assertThat(statusOf(c, 6).newHireUntrained()).isFalse();
        assertThat(c.newHiresUntrained()).extracting(p -> p.staff().id()).containsExactly(1L, 2L, 5L);
    }

    @Test
    void consentIsMissingOnlyForPartTimeAndTemporaryStaffWithoutADate() {
        LocalDate signed = LocalDate.of(2024, 4, 1);
        List<Staff> staff = List.of(
                staff(1, EmploymentType.PART_TIME, LONG_AGO, null, null),
                staff(2, EmploymentType.PART_TIME, LONG_AGO, null, signed),
                staff(3, EmploymentType.TEMPORARY, LONG_AGO, null, null),
                staff(4, EmploymentType.TEMPORARY, LONG_AGO, null, signed),
                staff(5, EmploymentType.REGULAR, LONG_AGO, null, null),
                staff(6, EmploymentType.CONTRACTOR, LONG_AGO, null, null),
                // left before the reference day: not counted, so not listed either
                staff(7, EmploymentType.PART_TIME, LONG_AGO, LocalDate.of(2026, 5, 31), null));
        TrainingCompliance c = TrainingCompliance.of(FY2026, LocalDate.of(2026, 11, 24), staff, List.of(), List.of());
        assertThat(c.consentMissing()).extracting(p -> p.staff().id()).containsExactly(1L, 3L);
    }

    @Test
    void nobodyCountedIsAFullRate() {
        TrainingCompliance c = TrainingCompliance.of(FY2026, LocalDate.of(2026, 11, 24), List.of(), List.of(),
                List.of());
        assertThat(c.people()).isEmpty();
        assertThat(c.rate()).isEqualTo(1.0);
    }

    @Test
    void marksOfAnUnknownSessionAreIgnored() {
        TrainingCompliance c = TrainingCompliance.of(FY2026, LocalDate.of(2026, 11, 24), List.of(regular(1, LONG_AGO)),
                List.of(), List.of(attended(99, 1)));
        assertThat(c.untrained()).hasSize(1);
    }
}
