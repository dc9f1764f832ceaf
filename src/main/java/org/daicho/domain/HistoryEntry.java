package org.daicho.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One entry of the change history: when, by which account, which record, and each field it changed.
 *
 * @param seq       the entry's place in the chain: 1, 2, 3 … without gaps
 * @param changedAt local time of the office, to the millisecond
 * @param accountId the account, or null for the app itself (making a store, filling the demo)
 */
public record HistoryEntry(
        long seq,
        LocalDateTime changedAt,
        Long accountId,
        String userName,
        RecordType recordType,
        long recordId,
        HistoryAction action,
        String reason,
        List<FieldChange> changes) {

    public HistoryEntry {
        changes = List.copyOf(changes);
    }
}
