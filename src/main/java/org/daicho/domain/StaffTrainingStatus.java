package org.daicho.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One person's training in a 年度 (forms.md D 年度受講状況).
 *
 * @param trainedCount     sessions of the year attended (出席 or 後日受講)
 * @param lastTrainedOn    the last such day, null when none
 * @param newHire          hired within the year
 * @param newHireTrained   a new hire who attended a 新規採用者研修 on or after the hiring day (false for others)
 * @param consentMissing   非常勤・臨時 without a 同意書 date
 * @param absenceReasons   the reasons given for the year's absences, in session order
 */
public record StaffTrainingStatus(Staff staff, int trainedCount, LocalDate lastTrainedOn, boolean newHire,
        boolean newHireTrained, boolean consentMissing, List<String> absenceReasons) {

    public StaffTrainingStatus {
        absenceReasons = List.copyOf(absenceReasons);
    }

    /** Has attended no training this year (policy 2.5.2(1): at least once per 年度). */
    public boolean untrained() {
        return trainedCount == 0;
    }

    /** A new hire still without 新規採用者研修. */
    public boolean newHireUntrained() {
        return newHire && !newHireTrained;
    }
}
