package org.daicho.service;

/** What importing a row would do; labels in the bundle under {@code staff.import.status.NAME}. */
public enum ImportStatus {
    /** A 職員番号 not registered yet: a new staff member. */
    NEW,
    /** A registered 職員番号 whose details differ: that staff member is changed. */
    UPDATE,
    /** A registered 職員番号 with the same details: nothing to do. */
    UNCHANGED,
    /** Something in the row is wrong: nothing is imported until it is fixed. */
    ERROR
}
