package org.daicho.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.daicho.domain.Attendance;
import org.daicho.domain.AttendanceMark;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Comprehension;
import org.daicho.domain.FieldError;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Staff;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingRules;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingTarget;
import org.daicho.store.TrainingRepository;

/**
 * The demo's 研修受講記録: the year before and the running 年度, each with a spring and an autumn 新規採用者研修, the
 * 年次研修 in a classroom with an e-learning make-up, a 役割別研修 for the 情報セキュリティ管理者, an emergency drill and
 * a 幹部研修. Sessions still to come have no marks. Most staff are trained; the gaps for the home screen to find
 * are chosen by the staff's place in the roster (so the same day gives the same data): a few staff with no
 * training this year (some marked 欠席 with a reason, some never marked), a spring new hire who missed the
 * 新規採用者研修 and an autumn one waiting for the next. Every mark obeys {@link TrainingRules} and is made only
 * for staff employed on the session's day, as marking in the app would.
 */
final class DemoTraining {

    private static final String[] ABSENCE_REASONS = {"出張", "病気休暇", "窓口当番のため", "年次休暇", "災害対応（デモ）"};

    private final TrainingRepository training;
    private final List<HistoryService.Change> changes;
    private final LocalDate today;

    DemoTraining(TrainingRepository training, List<HistoryService.Change> changes, LocalDate today) {
        this.training = training;
        this.changes = changes;
        this.today = today;
    }

    /** Adds both years' sessions and marks for {@code staff} (the demo roster by 職員番号). */
    void fill(Connection c, List<Staff> staff) throws SQLException {
        FiscalYear current = FiscalYear.of(today);
        fillYear(c, staff, new FiscalYear(current.startYear() - 1), false);
        fillYear(c, staff, current, true);
    }

    /** Whether the {@code i}th person of the roster has no training in the running year. */
    static boolean untrainedThisYear(int i) {
        return i % 13 == 5;
    }

    private void fillYear(Connection c, List<Staff> staff, FiscalYear year, boolean current) throws SQLException {
        LocalDate start = year.firstDay();
        TrainingSession spring = session(c, "新規採用者研修（情報セキュリティ）", TrainingKind.NEW_HIRE, start.plusDays(7),
                TrainingFormat.CLASSROOM, "総務課 情報セキュリティ担当（デモ）", TrainingTarget.NEW_HIRES, "");
        TrainingSession annual = session(c, "情報セキュリティ年次研修", TrainingKind.ANNUAL, start.withMonth(6).withDayOfMonth(10),
                TrainingFormat.CLASSROOM, "架空情報セキュリティ研究所 講師（デモ）", TrainingTarget.ALL_STAFF, "");
        TrainingSession eLearning = session(c, "情報セキュリティ年次研修（eラーニング・補講）", TrainingKind.ANNUAL,
                start.withMonth(7).withDayOfMonth(15), TrainingFormat.E_LEARNING, "", TrainingTarget.ALL_STAFF,
                "集合研修を欠席した職員向けの補講（デモ）");
        TrainingSession roleBased = session(c, "情報セキュリティ管理者研修", TrainingKind.ROLE_BASED,
                start.withMonth(9).withDayOfMonth(17), TrainingFormat.CLASSROOM, "架空県 情報政策課（デモ）",
                TrainingTarget.ROLE_HOLDERS, "");
        TrainingSession drill = session(c, "情報セキュリティインシデント対応訓練", TrainingKind.EMERGENCY_DRILL,
                start.withMonth(10).withDayOfMonth(21), TrainingFormat.DRILL, "情報システム管理者（デモ）",
                TrainingTarget.EMERGENCY, "標的型メール訓練と緊急連絡網の確認（デモ）");
        TrainingSession autumn = session(c, "新規採用者研修（中途採用者）", TrainingKind.NEW_HIRE,
                start.withMonth(12).withDayOfMonth(1), TrainingFormat.E_LEARNING, "総務課 情報セキュリティ担当（デモ）",
                TrainingTarget.NEW_HIRES, "年度途中に採用された職員向け（デモ）");
        TrainingSession executive = session(c, "幹部職員向け情報セキュリティ研修", TrainingKind.EXECUTIVE,
                start.plusYears(1).withMonth(1).withDayOfMonth(20), TrainingFormat.CLASSROOM,
                "架空情報セキュリティ研究所 講師（デモ）", TrainingTarget.EXECUTIVES, "");

        for (int i = 0; i < staff.size(); i++) {
            Staff p = staff.get(i);
            String reason = ABSENCE_REASONS[i % ABSENCE_REASONS.length];
            boolean gap = current ? untrainedThisYear(i) : i % 29 == 8;
            boolean newHire = year.contains(p.hiredOn());
            boolean roleHolder = p.securityManager() || p.systemManager();

            if (newHire && !p.hiredOn().isAfter(spring.heldOn())) {
                if (current && i % 45 == 22) {
                    mark(c, spring, p, AttendanceResult.ABSENT, null, "病気休暇", null);
                } else if (i % 4 == 0) {
                    mark(c, spring, p, AttendanceResult.MAKE_UP, Comprehension.GOOD, "", spring.heldOn().plusDays(12));
                } else {
                    mark(c, spring, p, AttendanceResult.ATTENDED, Comprehension.GOOD, "", null);
                }
            } else if (newHire) {
                mark(c, autumn, p, AttendanceResult.ATTENDED, Comprehension.GOOD, "", null);
            }

            if (gap) {
                if (i % 2 == 0) {
                    mark(c, annual, p, AttendanceResult.ABSENT, null, reason, null);
                }
                continue; // nothing else this year
            }
            if (i % 7 == 3) {
                // missed the classroom session: took it later on video, or in the e-learning make-up
                if (i % 2 == 0 && mark(c, annual, p, AttendanceResult.MAKE_UP, Comprehension.FAIR, "",
                        annual.heldOn().plusDays(21))) {
                    // made up
                } else if (mark(c, annual, p, AttendanceResult.ABSENT, null, reason, null)) {
                    mark(c, eLearning, p, AttendanceResult.ATTENDED, Comprehension.GOOD, "", null);
                }
            } else {
                Comprehension understood = i % 17 == 2 ? Comprehension.RETAKE
                        : i % 10 == 1 ? Comprehension.FAIR : Comprehension.GOOD;
                mark(c, annual, p, AttendanceResult.ATTENDED, understood, "", null);
            }
            if (roleHolder) {
                mark(c, roleBased, p, AttendanceResult.ATTENDED, Comprehension.GOOD, "", null);
            }
            boolean hiredAfterTheAnnual = newHire && p.hiredOn().isAfter(annual.heldOn());
            if (roleHolder || i % 3 == 0 || hiredAfterTheAnnual) {
                if (i % 18 == 6 && !roleHolder) {
                    mark(c, drill, p, AttendanceResult.ABSENT, null, "窓口当番のため", null);
                } else {
                    mark(c, drill, p, AttendanceResult.ATTENDED, Comprehension.NOT_CHECKED, "", null);
                }
            }
            if (p.securityManager()) {
                mark(c, executive, p, AttendanceResult.ATTENDED, Comprehension.GOOD, "", null);
            }
        }
    }

    private TrainingSession session(Connection c, String title, TrainingKind kind, LocalDate day,
            TrainingFormat format, String instructor, TrainingTarget target, String note) throws SQLException {
        TrainingSession stored = training.insertSession(c, new TrainingSession(null, title, kind, day, format,
                instructor, target, note, null));
        changes.add(new HistoryService.Change(RecordType.TRAINING_SESSION, stored.id(), Map.of(),
                RecordFields.of(stored), ""));
        return stored;
    }

    /**
     * Marks one person as the app would, or nothing when the app would not let it: a session still to come, a
     * person not employed on its day, a make-up day after today or after leaving.
     *
     * @return whether the mark was made
     */
    private boolean mark(Connection c, TrainingSession session, Staff person, AttendanceResult result,
            Comprehension comprehension, String reason, LocalDate makeUpOn) throws SQLException {
        if (session.heldOn().isAfter(today) || !person.isActiveOn(session.heldOn())
                || makeUpOn != null && (makeUpOn.isAfter(today) || !person.isActiveOn(makeUpOn))) {
            return false;
        }
        AttendanceMark mark = new AttendanceMark(session.id(), List.of(person.id()), result, comprehension, reason,
                makeUpOn);
        List<FieldError> errors = TrainingRules.check(mark, session, today);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("demo attendance breaks the rules: " + errors);
        }
        LocalDate day = makeUpOn != null ? makeUpOn : session.heldOn();
        Attendance stored = training.insertAttendance(c, new Attendance(null, session.id(), person.id(), result,
                mark.comprehension(), mark.absenceReason(), makeUpOn, day.atTime(17, 0)));
        changes.add(new HistoryService.Change(RecordType.ATTENDANCE, stored.id(), Map.of(), RecordFields.of(stored),
                ""));
        return true;
    }
}
