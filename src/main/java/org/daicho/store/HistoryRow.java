package org.daicho.store;

import java.time.LocalDateTime;

/**
 * One stored change-history entry, exactly as found in the store: the type and action are kept as text, so
 * that an entry altered outside the app can still be read, hashed and reported.
 */
public record HistoryRow(
        long seq,
        LocalDateTime changedAt,
        Long accountId,
        String userName,
        String recordType,
        long recordId,
        String action,
        String reason,
        String changes,
        String prevHash,
        String entryHash) {

    /** An entry to append: the repository gives it its seq and hashes. */
    public record Draft(LocalDateTime changedAt, Long accountId, String userName, String recordType, long recordId,
            String action, String reason, String changes) {
    }
}
