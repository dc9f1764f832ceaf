package org.daicho.ui.history;

/** One row of a history table: one changed field of one entry, as shown. */
public record HistoryLine(
        long seq,
        String changedAt,
        String userName,
        String recordType,
        String recordId,
        String action,
        String field,
        String before,
        String after,
        String reason) {
}
