package org.daicho.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One marking action: the same result for many people at once (a whole section marked 出席 with a few keys).
 *
 * @param makeUpOn      for 後日受講 (required then)
 * @param absenceReason for 欠席 (required then)
 */
public record AttendanceMark(long sessionId, List<Long> staffIds, AttendanceResult result,
        Comprehension comprehension, String absenceReason, LocalDate makeUpOn) {

    public AttendanceMark {
        staffIds = List.copyOf(staffIds);
        absenceReason = absenceReason == null ? "" : absenceReason.strip();
        comprehension = comprehension == null ? Comprehension.NOT_CHECKED : comprehension;
    }
}
