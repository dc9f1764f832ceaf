package org.daicho.domain;

/** 対象区分 of a session (forms.md D). Labels: {@code enum.TrainingTarget.NAME}. */
public enum TrainingTarget {
    ALL_STAFF,
    NEW_HIRES,
    EXECUTIVES,
    ROLE_HOLDERS,
    EMERGENCY
}
