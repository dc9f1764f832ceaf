package org.daicho.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The carry list's filter. A null choice means "all".
 *
 * @param from      the period's first day: records whose planned out day is on or after it
 * @param to        the period's last day: records whose planned out day is on or before it
 * @param staffId   a person: the carrier, the applicant, the approver or the return checker
 * @param assetId   records that include this asset
 * @param overdueOnly only records overdue at the time given to {@link #matches}
 */
public record CarryFilter(CarryStatus status, CarryKind kind, LocalDate from, LocalDate to, Long staffId, Long assetId,
        boolean overdueOnly) {

    public static final CarryFilter ALL = new CarryFilter(null, null, null, null, null, null, false);

    /** Every record of a 年度 (by planned out day). */
    public static CarryFilter fiscalYear(FiscalYear year) {
        return new CarryFilter(null, null, year.firstDay(), year.lastDay(), null, null, false);
    }

    public static CarryFilter status(CarryStatus status) {
        return new CarryFilter(status, null, null, null, null, null, false);
    }

    public static CarryFilter overdue() {
        return new CarryFilter(null, null, null, null, null, null, true);
    }

    public boolean matches(CarryEntry entry, LocalDateTime now) {
        CarryRecord r = entry.record();
        if (status != null && r.status() != status) {
            return false;
        }
        if (kind != null && r.kind() != kind) {
            return false;
        }
        LocalDate day = r.plannedOut().toLocalDate();
        if (from != null && day.isBefore(from)) {
            return false;
        }
        if (to != null && day.isAfter(to)) {
            return false;
        }
        if (staffId != null && !involves(r, staffId)) {
            return false;
        }
        if (assetId != null && !r.assetIds().contains(assetId)) {
            return false;
        }
        return !overdueOnly || r.isOverdue(now);
    }

    private static boolean involves(CarryRecord r, long staff) {
        return r.carrierStaffId() == staff || Long.valueOf(staff).equals(r.applicantStaffId())
                || Long.valueOf(staff).equals(r.approverStaffId()) || Long.valueOf(staff).equals(r.returnCheckerStaffId());
    }

    public List<CarryEntry> apply(List<CarryEntry> entries, LocalDateTime now) {
        return entries.stream().filter(e -> matches(e, now)).toList();
    }
}
