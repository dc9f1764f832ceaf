package org.daicho.domain;

/** 任用区分 of a staff member. */
public enum EmploymentType {
    REGULAR,
    PART_TIME,
    TEMPORARY,
    CONTRACTOR
}
