package org.daicho.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of a change-history entry: SHA-256 over a canonical UTF-8 text of its content and the previous
 * entry's hash, written as 64 lower-case hex digits. The text starts with a version line, then each field
 * as its length in UTF-8 bytes, a colon, the bytes and a line feed (a missing value is {@code -} and a line
 * feed), so no two entries share a text. docs/decisions/0006 says what the chain protects against.
 */
public final class HistoryChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "daicho-history-v1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private HistoryChain() {
    }

    public static String hash(long seq, LocalDateTime changedAt, Long accountId, String userName, String recordType,
            long recordId, String action, String reason, String changes, String prevHash) {
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        field(text, Long.toString(seq));
        field(text, changedAt == null ? null : TIME.format(changedAt));
        field(text, accountId == null ? null : accountId.toString());
        field(text, userName);
        field(text, recordType);
        field(text, Long.toString(recordId));
        field(text, action);
        field(text, reason);
        field(text, changes);
        field(text, prevHash);
        return sha256(text.toString());
    }

    /** The hash the entry should have, from its stored content. */
    public static String hashOf(HistoryRow row) {
        return hash(row.seq(), row.changedAt(), row.accountId(), row.userName(), row.recordType(), row.recordId(),
                row.action(), row.reason(), row.changes(), row.prevHash());
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-\n");
            return;
        }
        text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
