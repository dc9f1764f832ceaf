package org.daicho.domain;

/** 任用区分 of a staff member. */
public enum EmploymentType {
    REGULAR,
    PART_TIME,
    TEMPORARY,
    CONTRACTOR;

    /** 非常勤 and 臨時 staff sign a 同意書 (policy 2.5.1(2)②). */
    public boolean needsConsent() {
        return this == PART_TIME || this == TEMPORARY;
    }
}
