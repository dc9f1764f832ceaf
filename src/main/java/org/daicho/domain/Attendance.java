package org.daicho.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 受講記録: one person at one session. {@code id} is null until stored.
 *
 * @param absenceReason required for 欠席 (未受講理由)
 * @param makeUpOn      the day a 後日受講 took place (required for it, on or after the session's day)
 * @param recordedAt    when it was last marked
 */
public record Attendance(
        Long id,
        long sessionId,
        long staffId,
        AttendanceResult result,
        Comprehension comprehension,
        String absenceReason,
        LocalDate makeUpOn,
        LocalDateTime recordedAt) {

    public Attendance {
        absenceReason = absenceReason == null ? "" : absenceReason;
        comprehension = comprehension == null ? Comprehension.NOT_CHECKED : comprehension;
    }

    public Attendance withId(long newId) {
        return new Attendance(newId, sessionId, staffId, result, comprehension, absenceReason, makeUpOn, recordedAt);
    }
}
