package org.daicho.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of training sessions and attendance (policy 2.5.2). Pure functions. */
public final class TrainingRules {

    public static final int MAX_TITLE = 100;
    public static final int MAX_TEXT = 500;

    private TrainingRules() {
    }

    /** Checks a session draft; the session's 年度 follows from its day. */
    public static Validation<TrainingSession> validate(Long id, TrainingSessionDraft d, AttachedFile materials) {
        List<FieldError> errors = new ArrayList<>();
        String title = TextRules.required(errors, TrainingField.TITLE, d.title(), MAX_TITLE);
        TrainingKind kind = TextRules.requiredChoice(errors, TrainingField.KIND, d.kind());
        LocalDate heldOn = TextRules.requiredDate(errors, TrainingField.HELD_ON, d.heldOn());
        TrainingFormat format = TextRules.requiredChoice(errors, TrainingField.FORMAT, d.format());
        String instructor = TextRules.optional(errors, TrainingField.INSTRUCTOR, d.instructor(), MAX_TITLE);
        TrainingTarget target = TextRules.requiredChoice(errors, TrainingField.TARGET, d.target());
        String note = TextRules.optional(errors, TrainingField.NOTE, d.note(), MAX_TEXT);
        if (!errors.isEmpty()) {
            return new Validation<>(null, errors);
        }
        return new Validation<>(new TrainingSession(id, title, kind, heldOn, format, instructor, target, note,
                materials), List.of());
    }

    /**
     * Checks a marking action against its session: a reason for 欠席, a day on or after the session (and not in
     * the future) for 後日受講, and at least one person.
     */
    public static List<FieldError> check(AttendanceMark mark, TrainingSession session, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (mark.staffIds().isEmpty()) {
            errors.add(FieldError.of(TrainingField.STAFF, "validation.choose"));
        }
        if (mark.result() == null) {
            errors.add(FieldError.of(TrainingField.RESULT, "validation.choose"));
        }
        if (mark.result() == AttendanceResult.ABSENT && mark.absenceReason().isEmpty()) {
            errors.add(FieldError.of(TrainingField.ABSENCE_REASON, "training.error.absenceReason"));
        }
        if (mark.absenceReason().length() > MAX_TEXT) {
            errors.add(FieldError.of(TrainingField.ABSENCE_REASON, "validation.tooLong", MAX_TEXT));
        }
        if (mark.result() == AttendanceResult.MAKE_UP) {
            if (mark.makeUpOn() == null) {
                errors.add(FieldError.of(TrainingField.MAKE_UP_ON, "validation.required"));
            } else if (mark.makeUpOn().isBefore(session.heldOn())) {
                errors.add(FieldError.of(TrainingField.MAKE_UP_ON, "training.error.makeUpBeforeSession"));
            } else if (mark.makeUpOn().isAfter(today)) {
                errors.add(FieldError.of(TrainingField.MAKE_UP_ON, "validation.future"));
            }
        }
        if (mark.result() != null && mark.result() != AttendanceResult.ABSENT && session.heldOn().isAfter(today)) {
            // nobody attends a session that has not taken place yet
            errors.add(FieldError.of(TrainingField.RESULT, "training.error.sessionInFuture"));
        }
        return errors;
    }
}
