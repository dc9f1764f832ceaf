package org.daicho.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.daicho.domain.Attendance;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Comprehension;
import org.daicho.domain.DateStyle;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.TrainingCompliance;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingReport;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingTarget;

/**
 * A small synthetic organisation whose training figures are worked out by hand (年度 2026, seen on 15 April 2027,
 * so every figure is as of 31 March 2027):
 *
 * <pre>
 * 総務課 (order 1)                                  業務課 (order 2)
 *  S001 青木 一郎   職員  S1 出席                     S003 上田 三恵   非常勤 no 同意書   S1 後日受講 (2026-07-01)
 *  S002 井上 二郎   職員  S1 欠席 出張, S3 欠席 年次休暇 S004 江藤 四郎   職員 hired 2026-04-01  S2 出席, S1 出席
 *  S007 木村 七海   職員  left 2026-09-30, S1 出席      S005 小野 五月   職員 hired 2027-03-31 (31 March)  nothing
 *                                                    S006 加藤 六子   臨時 同意書 2025-10-01  S1 欠席 病気休暇, S3 出席
 *
 * sessions  S2 2026-04-02 新規採用者研修   S1 2026-06-10 年次研修   S3 2026-11-10 緊急時対応訓練
 *
 * counted on 2027-03-31: S001 S002 S003 S004 S005 S006 (S007 left)            = 6, trained S001 S003 S004 S006 = 4
 * 総務課 2 counted 1 trained (50 %)     業務課 4 counted 3 trained (75 %)
 * 職員 4 / 2 (50 %)   非常勤 1 / 1 (100 %)   臨時 1 / 1 (100 %)
 * new hires S004 S005: 2, trained 1 (S004), untrained 小野 五月
 * S2 1 出席 | S1 3 出席 (S001 S004 S007), 2 欠席, 1 後日受講 | S3 1 出席, 1 欠席   → 5 / 3 / 1
 * untrained: 総務課 井上 二郎 (出張、年次休暇), 業務課 小野 五月 (no reason)
 * </pre>
 */
public final class TrainingFormFixtures {

    public static final FiscalYear FY2026 = new FiscalYear(2026);
    public static final LocalDate TODAY = LocalDate.of(2027, 4, 15);
    public static final String ORGANISATION = "試験町環境衛生組合（試験）";

    public static final Section GENERAL = new Section(1L, "総務課", 1);
    public static final Section WORKS = new Section(2L, "業務課", 2);
    public static final List<Section> SECTIONS = List.of(WORKS, GENERAL); // not in display order on purpose

    public static final Staff AOKI = staff(1, "S001", "青木 一郎", "あおき いちろう", GENERAL, EmploymentType.REGULAR,
            LocalDate.of(2010, 4, 1), null, null);
    public static final Staff INOUE = staff(2, "S002", "井上 二郎", "いのうえ じろう", GENERAL, EmploymentType.REGULAR,
            LocalDate.of(2015, 4, 1), null, null);
    public static final Staff UEDA = staff(3, "S003", "上田 三恵", "うえだ みえ", WORKS, EmploymentType.PART_TIME,
            LocalDate.of(2020, 4, 1), null, null);
    public static final Staff ETO = staff(4, "S004", "江藤 四郎", "えとう しろう", WORKS, EmploymentType.REGULAR,
            LocalDate.of(2026, 4, 1), null, null);
    public static final Staff ONO = staff(5, "S005", "小野 五月", "おの さつき", WORKS, EmploymentType.REGULAR,
            LocalDate.of(2027, 3, 31), null, null);
    public static final Staff KATO = staff(6, "S006", "加藤 六子", "かとう むつこ", WORKS, EmploymentType.TEMPORARY,
            LocalDate.of(2025, 10, 1), null, LocalDate.of(2025, 10, 1));
    public static final Staff KIMURA = staff(7, "S007", "木村 七海", "きむら ななみ", GENERAL, EmploymentType.REGULAR,
            LocalDate.of(2000, 4, 1), LocalDate.of(2026, 9, 30), null);
    public static final List<Staff> STAFF = List.of(KIMURA, ONO, AOKI, KATO, INOUE, UEDA, ETO);

    public static final TrainingSession ANNUAL = new TrainingSession(11L, "情報セキュリティ研修（全職員）",
            TrainingKind.ANNUAL, LocalDate.of(2026, 6, 10), TrainingFormat.CLASSROOM, "情報政策課 試験 講師",
            TrainingTarget.ALL_STAFF, "", null);
    public static final TrainingSession NEW_HIRE = new TrainingSession(12L, "新規採用職員研修", TrainingKind.NEW_HIRE,
            LocalDate.of(2026, 4, 2), TrainingFormat.E_LEARNING, "", TrainingTarget.NEW_HIRES, "", null);
    public static final TrainingSession DRILL = new TrainingSession(13L, "標的型メール訓練", TrainingKind.EMERGENCY_DRILL,
            LocalDate.of(2026, 11, 10), TrainingFormat.DRILL, "", TrainingTarget.EMERGENCY, "", null);
    public static final List<TrainingSession> SESSIONS = List.of(ANNUAL, NEW_HIRE, DRILL);

    private TrainingFormFixtures() {
    }

    public static OrganisationSettings settings(DateStyle style) {
        return new OrganisationSettings(ORGANISATION, List.of("担当", "係長", "課長", "事務局長"), style,
                OrganisationSettings.defaultPrefixes());
    }

    private static Staff staff(long id, String no, String name, String kana, Section section, EmploymentType type,
            LocalDate hired, LocalDate left, LocalDate consent) {
        return new Staff(id, no, name, kana, section.id(), type, hired, left, false, false, consent);
    }

    public static List<Attendance> attendance() {
        List<Attendance> all = new ArrayList<>();
        all.add(mark(NEW_HIRE, ETO, AttendanceResult.ATTENDED, Comprehension.GOOD, "", null));
        all.add(mark(ANNUAL, AOKI, AttendanceResult.ATTENDED, Comprehension.GOOD, "", null));
        all.add(mark(ANNUAL, INOUE, AttendanceResult.ABSENT, Comprehension.NOT_CHECKED, "出張", null));
        all.add(mark(ANNUAL, UEDA, AttendanceResult.MAKE_UP, Comprehension.FAIR, "", LocalDate.of(2026, 7, 1)));
        all.add(mark(ANNUAL, ETO, AttendanceResult.ATTENDED, Comprehension.RETAKE, "", null));
        all.add(mark(ANNUAL, KATO, AttendanceResult.ABSENT, Comprehension.NOT_CHECKED, "病気休暇", null));
        all.add(mark(ANNUAL, KIMURA, AttendanceResult.ATTENDED, Comprehension.NOT_CHECKED, "", null));
        all.add(mark(DRILL, KATO, AttendanceResult.ATTENDED, Comprehension.GOOD, "", null));
        all.add(mark(DRILL, INOUE, AttendanceResult.ABSENT, Comprehension.NOT_CHECKED, "年次休暇", null));
        return all;
    }

    /** The marks of one session. */
    public static List<Attendance> attendance(TrainingSession session) {
        return attendance().stream().filter(a -> a.sessionId() == session.id()).toList();
    }

    private static Attendance mark(TrainingSession session, Staff person, AttendanceResult result,
            Comprehension comprehension, String reason, LocalDate makeUpOn) {
        return new Attendance(null, session.id(), person.id(), result, comprehension, reason, makeUpOn,
                LocalDateTime.of(2026, 11, 20, 9, 0));
    }

    public static TrainingCompliance compliance() {
        return TrainingCompliance.of(FY2026, TODAY, STAFF, SESSIONS, attendance());
    }

    public static TrainingReport report() {
        return TrainingReport.of(compliance(), SECTIONS, attendance(), TODAY);
    }

    /** The staff who could attend {@code session}: employed on its day. */
    public static List<Staff> staffOn(TrainingSession session) {
        return STAFF.stream().filter(s -> s.isActiveOn(session.heldOn())).toList();
    }
}
