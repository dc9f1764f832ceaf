package org.daicho.domain;

import java.time.LocalDate;

/**
 * Which change-history entries to list: each part null for "any". Entries come newest first, at most
 * {@code limit} of them.
 *
 * @param from first day (inclusive)
 * @param to   last day (inclusive)
 */
public record HistoryFilter(LocalDate from, LocalDate to, String userName, RecordType recordType, Long recordId,
        int limit) {

    public static final int DEFAULT_LIMIT = 1000;

    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null, DEFAULT_LIMIT);

    public HistoryFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        userName = userName == null || userName.isBlank() ? null : userName;
    }

    /** Every entry of one record, newest first. */
    public static HistoryFilter of(RecordType type, long id) {
        return new HistoryFilter(null, null, null, type, id, DEFAULT_LIMIT);
    }

    public HistoryFilter withLimit(int newLimit) {
        return new HistoryFilter(from, to, userName, recordType, recordId, newLimit);
    }
}
