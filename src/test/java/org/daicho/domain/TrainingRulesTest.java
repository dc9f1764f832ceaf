package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a training session's form and of marking attendance, without a store. */
class TrainingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final TrainingSession HELD = new TrainingSession(7L, "情報セキュリティ年次研修（試験）",
            TrainingKind.ANNUAL, LocalDate.of(2026, 6, 10), TrainingFormat.CLASSROOM, "試験 講師",
            TrainingTarget.ALL_STAFF, "", null);
    private static final TrainingSession COMING = new TrainingSession(8L, "緊急時対応訓練（試験）",
            TrainingKind.EMERGENCY_DRILL, TODAY.plusDays(1), TrainingFormat.DRILL, "", TrainingTarget.EMERGENCY, "",
            null);

    private static TrainingSessionDraft draft(String title, String heldOn) {
        return new TrainingSessionDraft(title, TrainingKind.ANNUAL, heldOn, TrainingFormat.E_LEARNING, "  試験 講師 ",
                TrainingTarget.ALL_STAFF, " 見本の備考 ");
    }

    private static List<String> errors(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    private static AttendanceMark mark(TrainingSession s, AttendanceResult result, String reason, LocalDate makeUpOn) {
        return new AttendanceMark(s.id(), List.of(1L, 2L), result, Comprehension.GOOD, reason, makeUpOn);
    }

    private static List<String> check(AttendanceMark mark, TrainingSession session) {
        return errors(TrainingRules.check(mark, session, TODAY));
    }

    @Test
    void aValidDraftMakesASessionOfTheYearOfItsDay() {
        AttachedFile materials = new AttachedFile("資料.pdf", 10, "ab".repeat(32));
        Validation<TrainingSession> v = TrainingRules.validate(3L, draft(" 年次研修 ", "R9.3.31"), materials);
        assertThat(v.errors()).isEmpty();
        TrainingSession s = v.value();
        assertThat(s.id()).isEqualTo(3L);
        assertThat(s.title()).isEqualTo("年次研修");
        assertThat(s.heldOn()).isEqualTo("2027-03-31");
        assertThat(s.fiscalYear()).isEqualTo(new FiscalYear(2026));
        assertThat(s.instructor()).isEqualTo("試験 講師");
        assertThat(s.note()).isEqualTo("見本の備考");
        assertThat(s.materials()).as("kept from the stored session").isEqualTo(materials);
        assertThat(TrainingRules.validate(null, draft("年次研修", "2027/4/1"), null).value().fiscalYear())
                .isEqualTo(new FiscalYear(2027));
    }

    @Test
    void anEmptyDraftNamesEveryRequiredField() {
        Validation<TrainingSession> v = TrainingRules.validate(null,
                new TrainingSessionDraft(" ", null, "", null, "", null, ""), null);
        assertThat(v.value()).isNull();
        assertThat(errors(v.errors())).containsExactly("TITLE:validation.required", "KIND:validation.choose",
                "HELD_ON:validation.required", "FORMAT:validation.choose", "TARGET:validation.choose");
        assertThat(v.errors().get(0).labelKey()).isEqualTo("training.field.TITLE");
    }

    @Test
    void badDatesAndLongTextsAreRefused() {
        assertThat(errors(TrainingRules.validate(null, draft("年次研修", "2026/2/30"), null).errors()))
                .containsExactly("HELD_ON:validation.date");
        assertThat(errors(TrainingRules.validate(null, draft("研".repeat(TrainingRules.MAX_TITLE + 1), "2026/6/1"),
                null).errors())).containsExactly("TITLE:validation.tooLong");
        assertThat(TrainingRules.validate(null, draft("研".repeat(TrainingRules.MAX_TITLE), "2026/6/1"), null)
                .errors()).isEmpty();
        TrainingSessionDraft longNote = new TrainingSessionDraft("年次研修", TrainingKind.ANNUAL, "2026/6/1",
                TrainingFormat.CLASSROOM, "講".repeat(TrainingRules.MAX_TITLE + 1), TrainingTarget.ALL_STAFF,
                "備".repeat(TrainingRules.MAX_TEXT + 1));
        assertThat(errors(TrainingRules.validate(null, longNote, null).errors()))
                .containsExactly("INSTRUCTOR:validation.tooLong", "NOTE:validation.tooLong");
    }

    @Test
    void attendedAtAPastSessionIsFine() {
        assertThat(check(mark(HELD, AttendanceResult.ATTENDED, "", null), HELD)).isEmpty();
        TrainingSession heldToday = new TrainingSession(9L, "年次研修（試験）", TrainingKind.ANNUAL, TODAY,
                TrainingFormat.CLASSROOM, "", TrainingTarget.ALL_STAFF, "", null);
        assertThat(check(mark(heldToday, AttendanceResult.ATTENDED, "", null), heldToday)).as("held today").isEmpty();
    }

    @Test
    void anAbsenceNeedsAReason() {
        assertThat(check(mark(HELD, AttendanceResult.ABSENT, "", null), HELD))
                .containsExactly("ABSENCE_REASON:training.error.absenceReason");
        assertThat(check(mark(HELD, AttendanceResult.ABSENT, "   ", null), HELD)).as("blank is no reason")
                .containsExactly("ABSENCE_REASON:training.error.absenceReason");
        assertThat(check(mark(HELD, AttendanceResult.ABSENT, "出張", null), HELD)).isEmpty();
        assertThat(check(mark(HELD, AttendanceResult.ABSENT, "理".repeat(TrainingRules.MAX_TEXT + 1), null), HELD))
                .containsExactly("ABSENCE_REASON:validation.tooLong");
    }

    @Test
    void aMakeUpNeedsADayOnOrAfterTheSessionAndNotInTheFuture() {
        assertThat(check(mark(HELD, AttendanceResult.MAKE_UP, "", null), HELD))
                .containsExactly("MAKE_UP_ON:validation.required");
        assertThat(check(mark(HELD, AttendanceResult.MAKE_UP, "", HELD.heldOn().minusDays(1)), HELD))
                .containsExactly("MAKE_UP_ON:training.error.makeUpBeforeSession");
        assertThat(check(mark(HELD, AttendanceResult.MAKE_UP, "", HELD.heldOn()), HELD)).as("the same day").isEmpty();
        assertThat(check(mark(HELD, AttendanceResult.MAKE_UP, "", TODAY), HELD)).as("today").isEmpty();
        assertThat(check(mark(HELD, AttendanceResult.MAKE_UP, "", TODAY.plusDays(1)), HELD))
                .containsExactly("MAKE_UP_ON:validation.future");
    }

    @Test
    void nobodyAttendsASessionThatHasNotTakenPlace() {
        assertThat(check(mark(COMING, AttendanceResult.ATTENDED, "", null), COMING))
                .containsExactly("RESULT:training.error.sessionInFuture");
        assertThat(check(mark(COMING, AttendanceResult.MAKE_UP, "", TODAY), COMING))
                .contains("RESULT:training.error.sessionInFuture");
        assertThat(check(mark(COMING, AttendanceResult.ABSENT, "出張", null), COMING))
                .as("an absence known in advance may be noted").isEmpty();
    }

    @Test
    void aMarkNeedsPeopleAndAResult() {
        AttendanceMark nobody = new AttendanceMark(HELD.id(), List.of(), AttendanceResult.ATTENDED, null, null, null);
        assertThat(check(nobody, HELD)).containsExactly("STAFF:validation.choose");
        AttendanceMark noResult = new AttendanceMark(HELD.id(), List.of(1L), null, null, null, null);
        assertThat(check(noResult, HELD)).containsExactly("RESULT:validation.choose");
        assertThat(noResult.comprehension()).isEqualTo(Comprehension.NOT_CHECKED);
        assertThat(noResult.absenceReason()).isEmpty();
    }
}
