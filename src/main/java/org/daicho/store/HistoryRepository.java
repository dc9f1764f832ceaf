package org.daicho.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.daicho.domain.HistoryFilter;

/**
 * The change history: appended to inside the transaction of the change it records, never updated. Each
 * entry gets the next seq (1, 2, 3 … without gaps) and the previous entry's hash; the one row of
 * {@code history_head} is locked while appending, so that two transactions never take the same seq.
 */
public final class HistoryRepository {

    private static final String COLUMNS = "seq, changed_at, account_id, user_name, record_type, record_id, "
            + "change_action, reason, changes, prev_hash, entry_hash";
    private static final int BATCH = 1000;
    private static final int FETCH = 1000;

    /** The end of the chain as {@code history_head} records it. */
    public record Head(long lastSeq, String lastHash) {
    }

    /**
     * Appends entries in the given order, in JDBC batches, inside the caller's transaction.
     *
     * @return the stored entries with their seq and hashes
     */
    public List<HistoryRow> appendAll(Connection c, List<HistoryRow.Draft> drafts) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>(drafts.size());
        if (drafts.isEmpty()) {
            return rows;
        }
        Head head = lockHead(c);
        long seq = head.lastSeq();
        String prev = head.lastHash();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO history_entry (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (HistoryRow.Draft d : drafts) {
                seq++;
                String hash = HistoryChain.hash(seq, d.changedAt(), d.accountId(), d.userName(), d.recordType(),
                        d.recordId(), d.action(), d.reason(), d.changes(), prev);
                HistoryRow row = new HistoryRow(seq, d.changedAt(), d.accountId(), d.userName(), d.recordType(),
                        d.recordId(), d.action(), d.reason(), d.changes(), prev, hash);
                bind(ps, row);
                ps.addBatch();
                rows.add(row);
                prev = hash;
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE history_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, prev);
            ps.executeUpdate();
        }
        return rows;
    }

    public HistoryRow append(Connection c, HistoryRow.Draft draft) throws SQLException {
        return appendAll(c, List.of(draft)).get(0);
    }

    private static Head lockHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq, last_hash FROM history_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the history_head row is missing");
            }
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    /** The end of the chain as recorded, without locking it; empty if its row was removed. */
    public Optional<Head> head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM history_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getString(2)))
                    : Optional.empty();
        }
    }

    public long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM history_entry");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Entries that match the filter, newest first, at most {@code filter.limit()}. */
    public List<HistoryRow> find(Connection c, HistoryFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM history_entry WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.from() != null) {
            sql.append(" AND changed_at >= ?");
            args.add(filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            sql.append(" AND changed_at < ?");
            args.add(filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.userName() != null) {
            sql.append(" AND user_name = ?");
            args.add(filter.userName());
        }
        if (filter.recordType() != null) {
            sql.append(" AND record_type = ?");
            args.add(filter.recordType().name());
        }
        if (filter.recordId() != null) {
            sql.append(" AND record_id = ?");
            args.add(filter.recordId());
        }
        sql.append(" ORDER BY seq DESC FETCH FIRST ? ROWS ONLY");
        args.add(filter.limit());
        List<HistoryRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
        }
        return rows;
    }

    /** The account names found in the history, in order. */
    public List<String> userNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT user_name FROM history_entry ORDER BY user_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** An entry with how the clerk knows its record: 管理番号, 記録番号, 職員番号 and 氏名 …; empty when it is gone. */
    public record Referenced(HistoryRow row, String reference) {
    }

    /** How many entries were written in [from, until). */
    public long countChangedBetween(Connection c, LocalDateTime from, LocalDateTime until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM history_entry WHERE changed_at >= ? AND changed_at < ?")) {
            ps.setObject(1, from);
            ps.setObject(2, until);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The entries written in [from, until), in seq order, one at a time, each with its record's reference looked
     * up by id (the audit book's 変更履歴: a year may hold 200,000).
     *
     * <p>Not one query "WHERE changed_at in the period ORDER BY seq": H2 would sort the whole period first, holding
     * it in memory or a temporary file (12–16 s and most of a 256 MB heap for a year of the ten-year data, issue 7).
     * The period's seqs are read from the changed_at index instead, sorted here, and the entries are then read by
     * primary key in runs of consecutive seqs, which come in seq order without a sort. Entries are written in seq
     * order with the time of writing, so a period is nearly always one run; a PC clock set back splits it into a
     * few.
     */
    public void forEachChangedBetween(Connection c, LocalDateTime from, LocalDateTime until,
            RowVisitor<Referenced> visitor) throws SQLException {
        long[] seqs = seqsChangedBetween(c, from, until);
        String reference = "CASE h.record_type"
                + " WHEN 'ASSET' THEN (SELECT asset_no FROM asset WHERE id = h.record_id)"
                + " WHEN 'DISPOSAL' THEN (SELECT record_no FROM disposal_record WHERE id = h.record_id)"
                + " WHEN 'STAFF' THEN (SELECT staff_no || ' ' || name FROM staff WHERE id = h.record_id)"
                + " WHEN 'SECTION' THEN (SELECT name FROM section WHERE id = h.record_id)"
                + " WHEN 'ACCOUNT' THEN (SELECT user_name FROM account WHERE id = h.record_id)"
                + " WHEN 'TRAINING_SESSION' THEN (SELECT title FROM training_session WHERE id = h.record_id)"
                + " END AS reference";
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", " + reference
                + " FROM history_entry h WHERE h.seq >= ? AND h.seq <= ? ORDER BY h.seq")) {
            ps.setFetchSize(FETCH);
            int runStart = 0;
            while (runStart < seqs.length) {
                int runEnd = runStart;
                while (runEnd + 1 < seqs.length && seqs[runEnd + 1] == seqs[runEnd] + 1) {
                    runEnd++;
                }
                ps.setLong(1, seqs[runStart]);
                ps.setLong(2, seqs[runEnd]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String ref = rs.getString("reference");
                        if (!visitor.visit(new Referenced(map(rs), ref == null ? "" : ref))) {
                            return;
                        }
                    }
                }
                runStart = runEnd + 1;
            }
        }
    }

    /** The seqs of the entries written in [from, until), ascending: from the changed_at index alone. */
    private static long[] seqsChangedBetween(Connection c, LocalDateTime from, LocalDateTime until)
            throws SQLException {
        long[] seqs = new long[1024];
        int count = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq FROM history_entry WHERE changed_at >= ? AND changed_at < ?")) {
            ps.setObject(1, from);
            ps.setObject(2, until);
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (count == seqs.length) {
                        seqs = Arrays.copyOf(seqs, count * 2);
                    }
                    seqs[count++] = rs.getLong(1);
                }
            }
        }
        long[] found = Arrays.copyOf(seqs, count);
        Arrays.sort(found);
        return found;
    }

    /** Every entry in seq order, one at a time (the history may hold millions). */
    public void forEachInSeqOrder(Connection c, RowVisitor<HistoryRow> visitor) throws SQLException {
        stream(c, "SELECT " + COLUMNS + " FROM history_entry ORDER BY seq", null, visitor);
    }

    /** The entries with seq in [from, to], in seq order, one at a time. */
    public void forEachInSeqRange(Connection c, long from, long to, RowVisitor<HistoryRow> visitor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM history_entry WHERE seq >= ? AND seq <= ? ORDER BY seq")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!visitor.visit(map(rs))) {
                        return;
                    }
                }
            }
        }
    }

    /** Every entry of one record type, by record and then seq, one at a time. */
    public void forEachOfType(Connection c, String recordType, RowVisitor<HistoryRow> visitor) throws SQLException {
        stream(c, "SELECT " + COLUMNS + " FROM history_entry WHERE record_type = ? ORDER BY record_id, seq",
                recordType, visitor);
    }

    private static void stream(Connection c, String sql, String arg, RowVisitor<HistoryRow> visitor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(FETCH);
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!visitor.visit(map(rs))) {
                        return;
                    }
                }
            }
        }
    }

    private static void bind(PreparedStatement ps, HistoryRow r) throws SQLException {
        ps.setLong(1, r.seq());
        ps.setObject(2, r.changedAt());
        Jdbc.setLong(ps, 3, r.accountId());
        ps.setString(4, r.userName());
        ps.setString(5, r.recordType());
        ps.setLong(6, r.recordId());
        ps.setString(7, r.action());
        ps.setString(8, r.reason());
        ps.setString(9, r.changes());
        ps.setString(10, r.prevHash());
        ps.setString(11, r.entryHash());
    }

    private static HistoryRow map(ResultSet rs) throws SQLException {
        return new HistoryRow(rs.getLong("seq"), rs.getObject("changed_at", LocalDateTime.class),
                Jdbc.getLong(rs, "account_id"), rs.getString("user_name"), rs.getString("record_type"),
                rs.getLong("record_id"), rs.getString("change_action"), rs.getString("reason"),
                rs.getString("changes"), rs.getString("prev_hash"), rs.getString("entry_hash"));
    }
}
