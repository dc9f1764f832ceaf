package org.daicho.domain;

/**
 * The fields of a training session and of an attendance: names of validation errors and change-history fields.
 * Labels: {@code training.field.NAME}.
 */
public enum TrainingField {
    TITLE,
    KIND,
    HELD_ON,
    FISCAL_YEAR,
    FORMAT,
    INSTRUCTOR,
    TARGET,
    NOTE,
    MATERIALS,
    SESSION,
    STAFF,
    RESULT,
    COMPREHENSION,
    ABSENCE_REASON,
    MAKE_UP_ON,
    RECORDED_AT,
    /** Why a session or a mark was deleted (kept in the change history). */
    REASON
}
