package org.daicho.domain;

/** 受講 of one person at one session. Labels: {@code enum.AttendanceResult.NAME}. */
public enum AttendanceResult {
    /** 出席. */
    ATTENDED,
    /** 欠席 (with a reason). */
    ABSENT,
    /** 後日受講: took the session later (video, make-up session), on the date recorded. */
    MAKE_UP;

    /** Whether this counts as having been trained. */
    public boolean trained() {
        return this != ABSENT;
    }
}
