package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 研修実施状況報告 against a fixture counted by hand: two sections with people, a third with nobody counted, every
 * employment type, three sessions of the year and one of the year before.
 *
 * <pre>
 * no    section  type        hired       left        FY2026 marks                 counted trained new hire
 * B001  総務課    REGULAR     2010-04-01              s1 出席                       yes     yes
 * B002  総務課    REGULAR     2015-04-01              s1 欠席 (出張)                 yes     no
 * B003  総務課    PART_TIME   2024-04-01              s2 出席 (同意書 2024-04-01)    yes     yes
 * B004  総務課    REGULAR     2026-04-01              s3 出席, s1 出席              yes     yes     trained
 * A005  業務課    REGULAR     2026-10-01              —                            yes     no      untrained
 * A006  業務課    TEMPORARY   2025-06-01              s1 後日受講 (no 同意書)        yes     yes
 * A001  業務課    CONTRACTOR  2020-04-01              s0 出席 (FY2025 only)         yes     no
 * A008  業務課    REGULAR     2000-04-01  2026-08-31  s1 出席                       no (left)
 * C009  施設管理課 PART_TIME   2026-12-01              —                            no (hired after 11-24)
 * </pre>
 */
class TrainingReportTest {

    private static final FiscalYear FY2026 = new FiscalYear(2026);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Section SOUMU = new Section(10L, "総務課", 0);
    private static final Section GYOUMU = new Section(20L, "業務課", 1);
    private static final Section SHISETSU = new Section(30L, "施設管理課", 2);

    private static final TrainingSession S0 = session(100, TrainingKind.ANNUAL, TrainingFormat.CLASSROOM,
            LocalDate.of(2026, 2, 10));
    private static final TrainingSession S1 = session(101, TrainingKind.ANNUAL, TrainingFormat.CLASSROOM,
            LocalDate.of(2026, 6, 10));
    private static final TrainingSession S2 = session(102, TrainingKind.ANNUAL, TrainingFormat.E_LEARNING,
            LocalDate.of(2026, 7, 15));
    private static final TrainingSession S3 = session(103, TrainingKind.NEW_HIRE, TrainingFormat.CLASSROOM,
            LocalDate.of(2026, 5, 12));

    private static final Staff B001 = staff(1, "B001", SOUMU, EmploymentType.REGULAR, "2010-04-01", null, null);
    private static final Staff B002 = staff(2, "B002", SOUMU, EmploymentType.REGULAR, "2015-04-01", null, null);
    private static final Staff B003 = staff(3, "B003", SOUMU, EmploymentType.PART_TIME, "2024-04-01", null,
            "2024-04-01");
    private static final Staff B004 = staff(4, "B004", SOUMU, EmploymentType.REGULAR, "2026-04-01", null, null);
    private static final Staff A005 = staff(5, "A005", GYOUMU, EmploymentType.REGULAR, "2026-10-01", null, null);
    private static final Staff A006 = staff(6, "A006", GYOUMU, EmploymentType.TEMPORARY, "2025-06-01", null, null);
    private static final Staff A001 = staff(7, "A001", GYOUMU, EmploymentType.CONTRACTOR, "2020-04-01", null, null);
    private static final Staff A008 = staff(8, "A008", GYOUMU, EmploymentType.REGULAR, "2000-04-01", "2026-08-31",
            null);
    private static final Staff C009 = staff(9, "C009", SHISETSU, EmploymentType.PART_TIME, "2026-12-01", null, null);

    private static Staff staff(long id, String no, Section section, EmploymentType type, String hired, String left,
            String consent) {
        return new Staff(id, no, "見本 職員" + id, "みほん しょくいん", section.id(), type, LocalDate.parse(hired),
                left == null ? null : LocalDate.parse(left), false, false,
                consent == null ? null : LocalDate.parse(consent));
    }

    private static TrainingSession session(long id, TrainingKind kind, TrainingFormat format, LocalDate day) {
        return new TrainingSession(id, "見本研修" + id, kind, day, format, "見本 講師", TrainingTarget.ALL_STAFF, "",
                null);
    }

    private static Attendance mark(TrainingSession s, Staff p, AttendanceResult result, String reason,
            LocalDate makeUpOn) {
        return new Attendance(null, s.id(), p.id(), result, Comprehension.GOOD, reason, makeUpOn,
                LocalDateTime.of(2026, 8, 1, 9, 0));
    }

    private static final List<Attendance> MARKS = List.of(
            mark(S1, B001, AttendanceResult.ATTENDED, "", null),
            mark(S1, B002, AttendanceResult.ABSENT, "出張", null),
            mark(S2, B003, AttendanceResult.ATTENDED, "", null),
            mark(S3, B004, AttendanceResult.ATTENDED, "", null),
            mark(S1, B004, AttendanceResult.ATTENDED, "", null),
            mark(S1, A006, AttendanceResult.MAKE_UP, "", LocalDate.of(2026, 6, 20)),
            mark(S0, A001, AttendanceResult.ATTENDED, "", null),
            mark(S1, A008, AttendanceResult.ATTENDED, "", null));

    private static TrainingReport report() {
        // the staff come by 職員番号, the sections in no particular order
        List<Staff> staff = List.of(A001, A005, A006, A008, B001, B002, B003, B004, C009);
        TrainingCompliance compliance = TrainingCompliance.of(FY2026, TODAY, staff, List.of(S0, S1, S2, S3), MARKS);
        return TrainingReport.of(compliance, List.of(SHISETSU, GYOUMU, SOUMU), MARKS, TODAY);
    }

    @Test
    void theTotalsAreTheHandCountedOnes() {
        TrainingReport r = report();
        assertThat(r.year()).isEqualTo(FY2026);
        assertThat(r.reportDate()).isEqualTo(TODAY);
        assertThat(r.referenceDay()).isEqualTo(TODAY);
        assertThat(r.total()).isEqualTo(new TrainingReport.Count(7, 4));
        assertThat(r.total().rate()).isCloseTo(4.0 / 7, within(1e-9));
    }

    @Test
    void bySectionInTheSectionsOrderLeavingOutSectionsWithNobodyCounted() {
        Map<Section, TrainingReport.Count> bySection = report().bySection();
        assertThat(bySection.keySet()).containsExactly(SOUMU, GYOUMU);
        assertThat(bySection.get(SOUMU)).isEqualTo(new TrainingReport.Count(4, 3));
        assertThat(bySection.get(GYOUMU)).isEqualTo(new TrainingReport.Count(3, 1));
        assertThat(bySection.get(SOUMU).rate()).isEqualTo(0.75);
        assertThat(bySection.get(GYOUMU).rate()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void byEmploymentTypeInTheEnumsOrder() {
        Map<EmploymentType, TrainingReport.Count> byType = report().byEmploymentType();
        assertThat(byType.keySet()).containsExactly(EmploymentType.REGULAR, EmploymentType.PART_TIME,
                EmploymentType.TEMPORARY, EmploymentType.CONTRACTOR);
        assertThat(byType.get(EmploymentType.REGULAR)).isEqualTo(new TrainingReport.Count(4, 2));
        assertThat(byType.get(EmploymentType.PART_TIME)).isEqualTo(new TrainingReport.Count(1, 1));
        assertThat(byType.get(EmploymentType.TEMPORARY)).isEqualTo(new TrainingReport.Count(1, 1));
        assertThat(byType.get(EmploymentType.CONTRACTOR)).isEqualTo(new TrainingReport.Count(1, 0));
        assertThat(byType.get(EmploymentType.CONTRACTOR).rate()).isZero();
    }

    @Test
    void newHiresAndThoseWithoutNewHireTraining() {
        TrainingReport r = report();
        assertThat(r.newHires()).isEqualTo(new TrainingReport.Count(2, 1));
        assertThat(r.newHires().rate()).isEqualTo(0.5);
        assertThat(r.newHiresUntrained()).extracting(p -> p.staff().staffNo()).containsExactly("A005");
    }

    @Test
    void theYearsSessionsByDayWithTheirCounts() {
        assertThat(report().sessions()).containsExactly(
                new TrainingReport.SessionCount(S3, 1, 0, 0),
                // A008 attended before leaving: the session's own count keeps them
                new TrainingReport.SessionCount(S1, 3, 1, 1),
                new TrainingReport.SessionCount(S2, 1, 0, 0));
    }

    @Test
    void theUntrainedBySectionThenStaffNumberWithTheirReasons() {
        List<StaffTrainingStatus> untrained = report().untrained();
        assertThat(untrained).extracting(p -> p.staff().staffNo()).containsExactly("B002", "A001", "A005");
        assertThat(untrained.get(0).absenceReasons()).containsExactly("出張");
        assertThat(untrained.get(1).absenceReasons()).isEmpty();
    }

    @Test
    void nobodyCountedIsNothingMissing() {
        assertThat(new TrainingReport.Count(0, 0).rate()).isEqualTo(1.0);
        TrainingCompliance empty = TrainingCompliance.of(FY2026, TODAY, List.of(), List.of(), List.of());
        TrainingReport r = TrainingReport.of(empty, List.of(SOUMU), List.of(), TODAY);
        assertThat(r.total()).isEqualTo(new TrainingReport.Count(0, 0));
        assertThat(r.bySection()).isEmpty();
        assertThat(r.byEmploymentType()).isEmpty();
        assertThat(r.sessions()).isEmpty();
    }
}
