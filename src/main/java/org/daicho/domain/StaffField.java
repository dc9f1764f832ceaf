package org.daicho.domain;

/** The fields of a staff member; labels live in the bundle under {@code staff.field.NAME}. */
public enum StaffField {
    STAFF_NO,
    NAME,
    KANA,
    SECTION,
    EMPLOYMENT_TYPE,
    HIRED_ON,
    LEFT_ON,
    SECURITY_MANAGER,
    SYSTEM_MANAGER,
    /** 同意書の提出日 (非常勤・臨時職員, policy 2.5.1(2)②). */
    CONSENT_ON
}
