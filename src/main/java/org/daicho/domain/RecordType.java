package org.daicho.domain;

/**
 * The kinds of record whose every change is written to the change history. Labels live in the bundle under
 * {@code enum.RecordType.NAME}. Later record types (carry-out, disposal, training …) are added here.
 */
public enum RecordType {
    ASSET,
    STAFF,
    SECTION,
    SETTING,
    ACCOUNT,
    /** 持出・持込記録 (issue 4). */
    CARRY,
    /** 廃棄記録 (issue 5). */
    DISPOSAL,
    /** 研修 (issue 6). */
    TRAINING_SESSION,
    /** 受講記録 (issue 6): one person at one session. */
    ATTENDANCE
}
