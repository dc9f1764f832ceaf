package org.daicho.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the disposal list shows: a period of 処理日 (for records not yet done, of 申請日), a status, and free text
 * over 記録番号, 管理番号, asset names and people. Null parts match everything.
 */
public record DisposalFilter(LocalDate from, LocalDate to, DisposalStatus status, String text) {

    public static final DisposalFilter ALL = new DisposalFilter(null, null, null, "");

    public DisposalFilter {
        text = text == null ? "" : text.strip();
    }

    public static DisposalFilter fiscalYear(FiscalYear year) {
        return new DisposalFilter(year.firstDay(), year.lastDay(), null, "");
    }

    /** The completed records whose execution day is in [from, to]: what a 廃棄記録簿 of the period lists. */
    public static DisposalFilter completedBetween(LocalDate from, LocalDate to) {
        return new DisposalFilter(from, to, DisposalStatus.COMPLETED, "");
    }

    /** The day the record is filed under: its execution day when done, else its application day. */
    public static LocalDate dayOf(DisposalRecord r) {
        return (r.execution() != null ? r.execution().executedAt() : r.appliedAt()).toLocalDate();
    }

    public boolean matches(DisposalEntry e) {
        DisposalRecord r = e.record();
        LocalDate day = dayOf(r);
        if (from != null && day.isBefore(from)) {
            return false;
        }
        if (to != null && day.isAfter(to)) {
            return false;
        }
        if (status != null && r.status() != status) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        StringBuilder hay = new StringBuilder(r.recordNo()).append(' ').append(r.application().reason());
        for (Asset a : e.assets()) {
            hay.append(' ').append(a.assetNo()).append(' ').append(a.name()).append(' ').append(a.serialNo());
        }
        hay.append(' ').append(e.applicantName()).append(' ').append(e.performerName()).append(' ')
                .append(e.witnessName()).append(' ').append(e.approverName());
        return hay.toString().toLowerCase(Locale.ROOT).contains(needle);
    }

    public List<DisposalEntry> apply(List<DisposalEntry> entries) {
        return entries.stream().filter(this::matches).toList();
    }
}
