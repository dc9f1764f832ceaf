package org.daicho.service;

import java.util.Optional;
import org.daicho.domain.RecordType;
import org.daicho.i18n.Messages;

/**
 * What {@link HistoryService#verify} found: whether the change history and the records are intact, how much
 * it checked, the end of the chain (worth writing down: see docs/decisions/0006), and the first break.
 *
 * @param entriesChecked history entries whose hash and link were checked
 * @param recordsChecked records compared with their history
 * @param headSeq        seq of the last entry (0 for an empty history)
 * @param headHash       hash of the last entry (64 zeros for an empty history)
 * @param firstBreak     empty when intact
 */
public record VerifyResult(long entriesChecked, long recordsChecked, long headSeq, String headHash,
        Optional<Break> firstBreak) {

    /** Why the history or a record is not intact; each has a message under {@link #messageKey()}. */
    public enum Reason {
        /** An entry's content no longer matches its hash: it was edited. */
        HASH("hash"),
        /** An entry's seq is not the next one: an entry before it was removed. */
        GAP("gap"),
        /** An entry's previous hash is not the hash of the entry before it: entries were removed or inserted. */
        LINK("link"),
        /** The recorded end of the chain names an entry that is not there: the last entries were removed. */
        HEAD("head"),
        /** An entry changes a field from a value the record did not have. */
        REPLAY("replay"),
        /** A record's values differ from what its history says. */
        RECORD_CHANGED("record"),
        /** A record its history says exists is not in the store. */
        RECORD_MISSING("missing"),
        /** A record in the store has no history at all. */
        RECORD_UNTRACKED("untracked");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "history.broken." + key;
        }
    }

    /**
     * The first break found.
     *
     * @param seq        the first broken entry, or for a record, its last entry (null for a record with no history)
     * @param recordType the record concerned, or null for a break of the chain itself
     * @param recordId   its id, or null
     * @param field      the first field that differs, or null
     */
    public record Break(Reason reason, Long seq, RecordType recordType, Long recordId, String field) {

        /** One sentence naming the entry and the record, e.g. 「変更履歴 #12 の内容が…」. */
        public String describe(Messages messages) {
            return messages.get(reason.messageKey(), seq == null ? "-" : String.valueOf(seq),
                    recordType == null ? "" : messages.label(recordType),
                    recordId == null ? "" : String.valueOf(recordId), fieldLabel(messages));
        }

        private String fieldLabel(Messages messages) {
            if (field == null) {
                return "-";
            }
            String key = recordType == RecordType.ASSET ? "asset.field." + field
                    : recordType == RecordType.STAFF ? "staff.field." + field : null;
            return key != null && messages.bundle().containsKey(key) ? messages.get(key) + " (" + field + ")" : field;
        }
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** The summary line: intact or not, with the counts. */
    public String summary(Messages messages) {
        return messages.get(intact() ? "history.verify.intact" : "history.verify.broken",
                String.valueOf(entriesChecked), String.valueOf(recordsChecked));
    }

    /** The end of the chain, to write down and compare later. */
    public String head(Messages messages) {
        return messages.get("history.verify.head", String.valueOf(headSeq), headHash);
    }
}
