package org.daicho.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.daicho.domain.FieldChange;
import org.daicho.domain.FieldChanges;
import org.daicho.domain.HistoryAction;
import org.daicho.domain.HistoryEntry;
import org.daicho.domain.HistoryFilter;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.store.AssetRepository;
import org.daicho.store.Database;
import org.daicho.store.HistoryChain;
import org.daicho.store.HistoryRepository;
import org.daicho.store.HistoryRow;
import org.daicho.store.SectionRepository;
import org.daicho.store.SettingsRepository;
import org.daicho.store.StaffRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tamper-evident change history (policy 2.6.1(4)(6), 2.6.3(5)②, 2.9.1(6)). Every service that changes a
 * record calls {@link #record} with the connection of its own transaction, so a record and its history
 * commit together or not at all. {@link #verify} checks the hash chain and the records against it
 * (docs/decisions/0006).
 */
public final class HistoryService {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryService.class);
    private static final int PROGRESS_STEP = 1000;
    private static final int MAX_REASON = 500;

    /** The current rows of one record type as field maps: what verify compares with their history. */
    interface CurrentRecords {

        /** Every live (not deleted) record with its fields. */
        void forEach(Connection c, RecordConsumer consumer) throws SQLException;

        /** One record's fields, empty if it is not there. */
        Optional<Map<String, String>> find(Connection c, long id) throws SQLException;

        /** The usual case: a repository that lists all rows and finds one, and the record's fields. */
        static <T> CurrentRecords of(Rows<T> all, Row<T> one, java.util.function.ToLongFunction<T> id,
                java.util.function.Function<T, Map<String, String>> fields) {
            return new CurrentRecords() {
                @Override
                public void forEach(Connection c, RecordConsumer consumer) throws SQLException {
                    for (T record : all.list(c)) {
                        consumer.accept(id.applyAsLong(record), fields.apply(record));
                    }
                }

                @Override
                public Optional<Map<String, String>> find(Connection c, long recordId) throws SQLException {
                    return one.find(c, recordId).map(fields);
                }
            };
        }
    }

    /** Every row of a record type, from a repository. */
    @FunctionalInterface
    interface Rows<T> {
        List<T> list(Connection c) throws SQLException;
    }

    /** One row of a record type by id, from a repository. */
    @FunctionalInterface
    interface Row<T> {
        Optional<T> find(Connection c, long id) throws SQLException;
    }

    @FunctionalInterface
    interface RecordConsumer {
        void accept(long id, Map<String, String> fields) throws SQLException;
    }

    /** One change to write with {@link #recordAll}. */
    record Change(RecordType type, long id, Map<String, String> before, Map<String, String> after, String reason) {
    }

    private final Database db;
    private final Clock clock;
    private final HistoryRepository history = new HistoryRepository();
    private final Map<RecordType, CurrentRecords> tracked = new EnumMap<>(RecordType.class);

    HistoryService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        AssetRepository assets = new AssetRepository();
        StaffRepository staff = new StaffRepository();
        SectionRepository sections = new SectionRepository();
        SettingsRepository settings = new SettingsRepository();
        track(RecordType.ASSET, new CurrentRecords() {
            @Override
            public void forEach(Connection c, RecordConsumer consumer) throws SQLException {
                assets.forEachAsset(c, asset -> {
                    consumer.accept(asset.id(), RecordFields.of(asset));
                    return true;
                });
            }

            @Override
            public Optional<Map<String, String>> find(Connection c, long id) throws SQLException {
                return assets.findEntry(c, id).map(LedgerEntry::asset).map(RecordFields::of);
            }
        });
        track(RecordType.STAFF, CurrentRecords.of(staff::findAll, staff::findById, Staff::id, RecordFields::of));
        track(RecordType.SECTION, new CurrentRecords() {
            @Override
            public void forEach(Connection c, RecordConsumer consumer) throws SQLException {
                for (Section s : sections.findAll(c)) {
                    consumer.accept(s.id(), RecordFields.of(s));
                }
            }

            @Override
            public Optional<Map<String, String>> find(Connection c, long id) throws SQLException {
                return sections.findAll(c).stream().filter(s -> s.id() == id).findFirst().map(RecordFields::of);
            }
        });
        track(RecordType.SETTING, new CurrentRecords() {
            @Override
            public void forEach(Connection c, RecordConsumer consumer) throws SQLException {
                Map<String, String> all = settings.findAll(c);
                if (!all.isEmpty()) {
                    consumer.accept(RecordFields.SETTINGS_ID, all);
                }
            }

            @Override
            public Optional<Map<String, String>> find(Connection c, long id) throws SQLException {
                Map<String, String> all = settings.findAll(c);
                return id == RecordFields.SETTINGS_ID && !all.isEmpty() ? Optional.of(all) : Optional.empty();
            }
        });
    }

    /** Makes verify compare the records of {@code type} with their history (a later record type adds itself). */
    void track(RecordType type, CurrentRecords records) {
        tracked.put(type, records);
    }

    /**
     * Writes one history entry for a change of one record, inside the caller's transaction ({@code c} must be
     * the connection that wrote the record). Only the fields that changed are written. An empty
     * {@code before} makes a CREATE, an empty {@code after} a DELETE (which needs a reason); a change that
     * changes nothing writes nothing.
     *
     * @return whether an entry was written
     */
    boolean record(Connection c, Actor actor, RecordType type, long id, Map<String, String> before,
            Map<String, String> after, String reason) throws SQLException {
        return recordAll(c, actor, List.of(new Change(type, id, before, after, reason))) == 1;
    }

    /** Writes the entries of many changes in one batch, in order, inside the caller's transaction. */
    int recordAll(Connection c, Actor actor, List<Change> changes) throws SQLException {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<HistoryRow.Draft> drafts = new ArrayList<>(changes.size());
        for (Change change : changes) {
            HistoryAction action = actionOf(change);
            String reason = change.reason() == null ? "" : change.reason().strip();
            if (action == HistoryAction.DELETE && reason.isEmpty()) {
                throw new IllegalArgumentException("a deletion needs a reason: " + change.type() + " " + change.id());
            }
            if (reason.length() > MAX_REASON) {
                throw new IllegalArgumentException("reason longer than " + MAX_REASON + " characters");
            }
            List<FieldChange> fields = FieldChanges.diff(change.before(), change.after());
            if (fields.isEmpty()) {
                continue;
            }
            drafts.add(new HistoryRow.Draft(now, actor.accountId(), actor.userName(), change.type().name(),
                    change.id(), action.name(), reason, FieldChanges.encode(fields)));
        }
        history.appendAll(c, drafts);
        return drafts.size();
    }

    private static HistoryAction actionOf(Change change) {
        if (change.before().isEmpty() && change.after().isEmpty()) {
            throw new IllegalArgumentException("a change needs a state before or after: " + change.type());
        }
        if (change.before().isEmpty()) {
            return HistoryAction.CREATE;
        }
        return change.after().isEmpty() ? HistoryAction.DELETE : HistoryAction.UPDATE;
    }

    /** The entries that match, newest first. Can be large: call it off the UI thread. */
    public List<HistoryEntry> entries(HistoryFilter filter) {
        List<HistoryRow> rows = db.read(c -> history.find(c, filter));
        List<HistoryEntry> entries = new ArrayList<>(rows.size());
        for (HistoryRow row : rows) {
            toEntry(row).ifPresent(entries::add);
        }
        return entries;
    }

    /** Every entry of one record, newest first. */
    public List<HistoryEntry> entriesOf(RecordType type, long id) {
        return entries(HistoryFilter.of(type, id));
    }

    /** The account names that appear in the history. */
    public List<String> userNames() {
        return db.read(history::userNames);
    }

    private static Optional<HistoryEntry> toEntry(HistoryRow row) {
        try {
            return Optional.of(new HistoryEntry(row.seq(), row.changedAt(), row.accountId(), row.userName(),
                    RecordType.valueOf(row.recordType()), row.recordId(), HistoryAction.valueOf(row.action()),
                    row.reason(), FieldChanges.decode(row.changes())));
        } catch (IllegalArgumentException unreadable) {
            // only an entry altered outside the app gets here; verify names it
            LOG.warn("history entry {} cannot be read: {}", row.seq(), unreadable.getMessage());
            return Optional.empty();
        }
    }

    public VerifyResult verify() {
        return verify(Progress.NONE);
    }

    /**
     * Checks the whole history and every tracked record against it: each entry's hash, its link to the entry
     * before, seq without gaps, the recorded end of the chain; then replays the entries of each record and
     * compares the result with the record's current values. Reads one entry at a time, in one consistent
     * snapshot of the store. Call it off the UI thread.
     *
     * @throws CancellationException when {@code progress} was cancelled
     */
    public VerifyResult verify(Progress progress) {
        return db.inTransaction(c -> {
            int isolation = c.getTransactionIsolation();
            // one snapshot for both passes, so that a save made meanwhile does not look like tampering
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return new Verifier(c, progress).run();
            } finally {
                c.setTransactionIsolation(isolation);
            }
        });
    }

    /** One run of verify over one connection. */
    private final class Verifier {

        private final Connection c;
        private final Progress progress;
        private final MessageDigest sha256;
        private long total;
        private long done;

        Verifier(Connection c, Progress progress) {
            this.c = c;
            this.progress = progress;
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        VerifyResult run() throws SQLException {
            total = 2 * history.count(c);
            report();
            // pass 1: the chain, in seq order
            long[] expected = {1};
            String[] prev = {HistoryChain.GENESIS};
            VerifyResult.Break[] broken = {null};
            history.forEachInSeqOrder(c, row -> {
                if (row.seq() != expected[0]) {
                    broken[0] = chainBreak(VerifyResult.Reason.GAP, row.seq());
                } else if (!prev[0].equals(row.prevHash())) {
                    broken[0] = chainBreak(VerifyResult.Reason.LINK, row.seq());
                } else if (!HistoryChain.hashOf(row).equals(row.entryHash())) {
                    broken[0] = chainBreak(VerifyResult.Reason.HASH, row.seq());
                }
                if (broken[0] != null) {
                    return false;
                }
                prev[0] = row.entryHash();
                expected[0]++;
                tick();
                return true;
            });
            long entries = expected[0] - 1;
            if (broken[0] == null) {
                Optional<HistoryRepository.Head> head = history.head(c);
                if (head.isEmpty() || head.get().lastSeq() != entries || !head.get().lastHash().equals(prev[0])) {
                    long named = head.map(HistoryRepository.Head::lastSeq).filter(s -> s > entries).orElse(entries);
                    broken[0] = chainBreak(VerifyResult.Reason.HEAD, named);
                }
            }
            if (broken[0] != null) {
                return new VerifyResult(entries, 0, entries, prev[0], Optional.of(broken[0]));
            }
            // pass 2: each record type, each record replayed from its entries and compared with the store
            long records = 0;
            for (Map.Entry<RecordType, CurrentRecords> type : tracked.entrySet()) {
                TypeCheck check = new TypeCheck(type.getKey(), type.getValue());
                check.run();
                records += check.records;
                if (check.firstBreak != null) {
                    return new VerifyResult(entries, records, entries, prev[0], Optional.of(check.firstBreak));
                }
            }
            progress.update(total, total);
            return new VerifyResult(entries, records, entries, prev[0], Optional.empty());
        }

        private VerifyResult.Break chainBreak(VerifyResult.Reason reason, long seq) {
            return new VerifyResult.Break(reason, seq, null, null, null);
        }

        private void tick() {
            done++;
            if (done % PROGRESS_STEP == 0) {
                report();
            }
        }

        private void report() {
            progress.update(done, total);
            if (progress.isCancelled()) {
                throw new CancellationException("verify cancelled");
            }
        }

        /**
         * Empty values are left out: a field added by a later migration (e.g. the staff's 同意書 date) is empty on
         * records whose history was written before it existed, and absent from their replay.
         */
        private byte[] digest(Map<String, String> fields) {
            Map<String, String> present = new LinkedHashMap<>();
            fields.forEach((field, value) -> {
                if (value != null && !value.isEmpty()) {
                    present.put(field, value);
                }
            });
            return sha256.digest(FieldChanges.canonical(present).getBytes(StandardCharsets.UTF_8));
        }

        /** The records of one type: their current digests against the replay of their history. */
        private final class TypeCheck {

            private final RecordType type;
            private final CurrentRecords current;
            private final Map<Long, byte[]> live = new HashMap<>();
            private long records;
            private VerifyResult.Break firstBreak;

            private long recordId = -1;
            private final Map<String, String> state = new LinkedHashMap<>();
            private boolean deleted;
            private long lastSeq;
            private boolean started;

            TypeCheck(RecordType type, CurrentRecords current) {
                this.type = type;
                this.current = current;
            }

            void run() throws SQLException {
                current.forEach(c, (id, fields) -> live.put(id, digest(fields)));
                history.forEachOfType(c, type.name(), row -> {
                    if (!started || row.recordId() != recordId) {
                        finishRecord();
                        startRecord(row.recordId());
                    }
                    replay(row);
                    tick();
                    return true;
                });
                finishRecord();
                for (long id : live.keySet()) {
                    records++;
                    offer(new VerifyResult.Break(VerifyResult.Reason.RECORD_UNTRACKED, null, type, id, null));
                }
            }

            private void startRecord(long id) {
                started = true;
                recordId = id;
                state.clear();
                deleted = false;
                lastSeq = 0;
            }

            private void replay(HistoryRow row) {
                lastSeq = row.seq();
                List<FieldChange> changes;
                try {
                    changes = FieldChanges.decode(row.changes());
                } catch (IllegalArgumentException unreadable) {
                    offer(new VerifyResult.Break(VerifyResult.Reason.REPLAY, row.seq(), type, recordId, null));
                    return;
                }
                for (FieldChange change : changes) {
                    if (!Objects.equals(state.get(change.field()), change.before())) {
                        offer(new VerifyResult.Break(VerifyResult.Reason.REPLAY, row.seq(), type, recordId,
                                change.field()));
                        break;
                    }
                }
                if (HistoryAction.DELETE.name().equals(row.action())) {
                    deleted = true;
                    state.clear();
                } else {
                    deleted = false;
                    FieldChanges.apply(state, changes);
                }
            }

            private void finishRecord() throws SQLException {
                if (!started) {
                    return;
                }
                records++;
                byte[] stored = live.remove(recordId);
                if (deleted) {
                    if (stored != null) {
                        offer(new VerifyResult.Break(VerifyResult.Reason.RECORD_CHANGED, lastSeq, type, recordId, null));
                    }
                } else if (stored == null) {
                    offer(new VerifyResult.Break(VerifyResult.Reason.RECORD_MISSING, lastSeq, type, recordId, null));
                } else if (!Arrays.equals(stored, digest(state)) && isBefore(recordId)) {
                    String field = current.find(c, recordId).map(now -> firstDifference(state, now)).orElse(null);
                    offer(new VerifyResult.Break(VerifyResult.Reason.RECORD_CHANGED, lastSeq, type, recordId, field));
                }
            }

            private boolean isBefore(long id) {
                return firstBreak == null || firstBreak.recordId() == null || id < firstBreak.recordId();
            }

            /** Keeps the break of the lowest record id (the first found for one record). */
            private void offer(VerifyResult.Break candidate) {
                if (isBefore(candidate.recordId())) {
                    firstBreak = candidate;
                }
            }
        }
    }

    private static String firstDifference(Map<String, String> expected, Map<String, String> actual) {
        Set<String> fields = new LinkedHashSet<>(actual.keySet());
        fields.addAll(expected.keySet());
        for (String field : fields) {
            if (!Objects.equals(expected.get(field), actual.get(field))) {
                return field;
            }
        }
        return null;
    }
}
