package org.daicho.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.daicho.domain.Account;
import org.daicho.domain.Attendance;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.FieldChange;
import org.daicho.domain.FieldChanges;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.Section;
import org.daicho.domain.SelfInspection;
import org.daicho.domain.Staff;
import org.daicho.domain.TrainingCompliance;
import org.daicho.domain.TrainingReport;
import org.daicho.domain.TrainingSession;
import org.daicho.forms.AuditBookForm;
import org.daicho.forms.FormRows;
import org.daicho.i18n.Messages;
import org.daicho.store.AccountRepository;
import org.daicho.store.AssetRepository;
import org.daicho.store.CarryRepository;
import org.daicho.store.Database;
import org.daicho.store.DisposalRepository;
import org.daicho.store.HistoryRepository;
import org.daicho.store.HistoryRow;
import org.daicho.store.SectionRepository;
import org.daicho.store.StaffRepository;
import org.daicho.store.TrainingRepository;

/**
 * 監査証跡ブック (policy 2.9.1, 2.9.2; forms.md E): one workbook with the evidence of a 年度 — the ledger as at the
 * year's end, its carry-outs, disposals, training, change history with the check of its chain, and the 自己点検.
 *
 * <p>The year's rows are streamed from the store into the streaming workbook, never held as lists, so that a
 * year of a ten-year store is written in 256 MB (issue 7). The same data gives the same cells apart from the
 * production time on the cover: every query has a fixed order, and the as-at day comes from the clock's day.
 */
public final class AuditBookService {

    /** A sheet of the written book: its name, its data rows and the SHA-256 of its data, as on the cover. */
    public record Sheet(String name, long rows, String sha256) {
    }

    /**
     * What the book of a 年度 will hold, for the window to show before writing.
     *
     * @param asOf the day the ledger is shown as at: the year's last day, or today while the year runs
     */
    public record Contents(FiscalYear year, LocalDate asOf, long assets, long carries, long disposals, long people,
            long sessions, long historyEntries, int highestConfidentiality) {
    }

    /**
     * A written book.
     *
     * @param chain the check of the year's change history, written on the cover
     */
    public record Export(Path file, List<Sheet> sheets, ChainSegment chain) {

        public Export {
            sheets = List.copyOf(sheets);
        }
    }

    private final Database db;
    private final Clock clock;
    private final SettingsService settings;
    private final InspectionService inspection;
    private final Supplier<Actor> actor;
    private final AssetRepository assets = new AssetRepository();
    private final CarryRepository carries = new CarryRepository();
    private final DisposalRepository disposals = new DisposalRepository();
    private final HistoryRepository historyRows = new HistoryRepository();
    private final TrainingRepository training = new TrainingRepository();
    private final StaffRepository staff = new StaffRepository();
    private final SectionRepository sections = new SectionRepository();
    private final AccountRepository accounts = new AccountRepository();

    AuditBookService(Database db, Clock clock, SettingsService settings, InspectionService inspection,
            Supplier<Actor> actor) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.inspection = inspection;
        this.actor = actor;
    }

    /** The 年度 today falls in. */
    public FiscalYear currentYear() {
        return FiscalYear.of(LocalDate.now(clock));
    }

    /** The day the ledger of {@code year} is shown as at: its last day, or today while it runs. */
    public LocalDate asOf(FiscalYear year) {
        return TrainingCompliance.referenceDay(year, LocalDate.now(clock));
    }

    /** What the book of {@code year} will hold. Call off the UI thread. */
    public Contents contents(FiscalYear year) {
        LocalDate asOf = asOf(year);
        return db.read(c -> {
            AssetRepository.LedgerSize ledger = assets.sizeRegisteredBy(c, asOf);
            long carried = carries.countPlannedOutBetween(c, start(year), end(year));
            long disposed = disposals.countCompletedBetween(c, start(year), end(year));
            TrainingCompliance compliance = compliance(c, year, asOf);
            long held = training.findSessionsBetween(c, year.firstDay(), year.lastDay()).size();
            long changes = historyRows.countChangedBetween(c, start(year), end(year));
            return new Contents(year, asOf, ledger.assets(), carried, disposed, compliance.people().size(), held,
                    changes, AuditBookForm.highestConfidentiality(ledger.highestConfidentiality()));
        });
    }

    /**
     * The highest 機密性 the book of {@code year} holds: that of the ledger, and at least 2 (staff names). 2 or more
     * pre-selects encryption (policy 2.3(2)⑦⑨).
     */
    public int highestConfidentiality(FiscalYear year) {
        LocalDate asOf = asOf(year);
        int ledger = db.read(c -> assets.sizeRegisteredBy(c, asOf)).highestConfidentiality();
        return AuditBookForm.highestConfidentiality(ledger);
    }

    /** e.g. 機密性3_監査証跡ブック_令和8年度.xlsx */
    public String fileName(FiscalYear year, Messages messages) {
        return new AuditBookForm(messages, settings.settings()).fileName(highestConfidentiality(year), year);
    }

    /**
     * Writes the 監査証跡ブック of {@code year}, reporting every row. The year's change history is checked while its
     * rows are written ({@link ChainSegmentCheck}), and the result goes on the cover, which is filled last; a broken
     * chain still gives a book, saying so. The whole-store 改ざんチェック, which also replays every record against its
     * history, is not run here: on ten years of data it takes minutes (issue 7; docs/decisions/0010).
     *
     * @param out        a .xlsx file, or an existing folder in which the file is named as {@link #fileName} says
     * @param protection plain, or encrypted with a password (the caller clears it afterwards)
     * @throws CancellationException when {@code progress} was cancelled (nothing is left behind)
     * @throws ExportException       when the folder is missing or the file cannot be written
     */
    public Export export(FiscalYear year, Path out, ExportProtection protection, Messages messages,
            Progress progress) {
        LocalDateTime producedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        AuditBookForm form = new AuditBookForm(messages, settings.settings());
        // the 自己点検 (4–5 s on ten years of data) runs beside the sheets before it and is waited for at its own
        // sheet: on two cores that time is hidden (issue 7)
        BackgroundInspection inspected = new BackgroundInspection(year);
        try {
            return export(year, out, protection, messages, progress, producedAt, form, inspected);
        } finally {
            inspected.stop();
        }
    }

    private Export export(FiscalYear year, Path out, ExportProtection protection, Messages messages,
            Progress progress, LocalDateTime producedAt, AuditBookForm form, Supplier<SelfInspection> inspected) {
        Contents contents = contents(year);
        // read once: the counts and the 廃棄記録簿 both need them
        List<DisposalRecord> disposed = db.read(c -> disposals.findCompletedBetween(c, start(year), end(year)));
        AuditBookForm.Counts counts = counts(contents, disposed);

        Path target = ExportService.target(out, form.fileName(contents.highestConfidentiality(), year));
        List<Sheet> written = new ArrayList<>();
        String producedBy = producedBy();
        ChainSegment[] chain = {null};
        ExportService.writeAtomically(target, protection, stream -> {
            try {
                db.readStreaming(c -> {
                    ChainSegmentCheck check = new ChainSegmentCheck(c, historyRows);
                    Supplier<AuditBookForm.ChainCheck> result = () -> {
                        chain[0] = streamed(check::finish);
                        return new AuditBookForm.ChainCheck(chain[0].intact(), chain[0].summary(messages),
                                chain[0].breakText(messages), chain[0].lastSeq(), chain[0].lastHash());
                    };
                    try {
                        List<AuditBookForm.SheetSummary> sheets = form.write(book(c, year, contents, counts,
                                disposed, producedAt, producedBy, check, result, inspected), stream, (done, total) -> {
                                    progress.update(done, total);
                                    return !progress.isCancelled();
                                });
                        sheets.forEach(s -> written.add(new Sheet(s.name(), s.rows(), s.sha256())));
                        return null;
                    } catch (UncheckedSql e) {
                        throw e.getCause();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        return new Export(target, written, chain[0]);
    }

    /**
     * The year's 自己点検, made on a thread of its own from the moment the export starts. {@link #get} waits for it
     * and throws what it threw; {@link #stop} makes an unfinished one give up at its next step (a cancelled or
     * failed export).
     */
    private final class BackgroundInspection implements Supplier<SelfInspection> {

        private final Future<SelfInspection> task;
        private volatile boolean stopped;

        BackgroundInspection(FiscalYear year) {
            task = Futures.start("daicho-audit-book-inspection",
                    () -> inspection.inspect(year, Progress.cancelledWhen(() -> stopped)));
        }

        @Override
        public SelfInspection get() {
            return Futures.await(task);
        }

        void stop() {
            stopped = true;
        }
    }

    // ---- what the form is given -------------------------------------------------------------------------

    private static AuditBookForm.Counts counts(Contents contents, List<DisposalRecord> done) {
        long media = done.stream().mapToLong(r -> r.assetIds().size()).sum();
        long rows = done.stream().mapToLong(r -> Math.max(1, r.assetIds().size())).sum();
        return new AuditBookForm.Counts(contents.assets(), contents.carries(), contents.disposals(), media, rows,
                contents.people(), contents.sessions(), contents.historyEntries());
    }

    private AuditBookForm.Contents book(Connection c, FiscalYear year, Contents contents, AuditBookForm.Counts counts,
            List<DisposalRecord> done, LocalDateTime producedAt, String producedBy, ChainSegmentCheck check,
            Supplier<AuditBookForm.ChainCheck> chain, Supplier<SelfInspection> inspected) throws SQLException {
        LocalDate asOf = contents.asOf();
        EntryNames names = new EntryNames(c);
        List<Section> sectionList = sections.findAll(c);
        List<Attendance> attendance = training.findAllAttendance(c);
        List<Staff> people = staff.findAll(c);
        TrainingCompliance compliance = TrainingCompliance.of(year, asOf, people, training.findAllSessions(c),
                attendance);
        List<AuditBookForm.SessionLine> sessionLines = new ArrayList<>();
        for (TrainingReport.SessionCount count : TrainingReport.of(compliance, sectionList, attendance, asOf)
                .sessions()) {
            TrainingSession s = count.session();
            int targeted = (int) people.stream().filter(s::isFor).count();
            sessionLines.add(new AuditBookForm.SessionLine(s, count.attended(), count.absent(), count.madeUp(),
                    targeted));
        }
        List<DisposalEntry> disposed = new ArrayList<>();
        for (DisposalRecord r : done) {
            disposed.add(names.disposal(r));
        }
        disposed.sort(Comparator.comparing((DisposalEntry e) -> e.record().execution().executedAt())
                .thenComparing(DisposalEntry::id));

        // the big tables are read ahead on a second thread while the form writes (ReadAhead); the connection is
        // used by one thread at a time, as each sheet's reading ends before the next one starts
        FormRows<LedgerEntry> ledgerRows = ReadAhead.of("ledger", row -> stream(() ->
                assets.forEachEntryRegisteredBy(c, asOf, entry -> {
                    row.accept(entry);
                    return true;
                })));
        FormRows<CarryEntry> carryRows = ReadAhead.of("carry", row -> stream(() ->
                carries.forEachPlannedOutBetween(c, start(year), end(year), found -> {
                    row.accept(names.carry(found.record(), found.assets()));
                    return true;
                })));
        FormRows<AuditBookForm.HistoryItem> historyItems = ReadAhead.of("history", row -> stream(() ->
                historyRows.forEachChangedBetween(c, start(year), end(year), found -> {
                    check.accept(found.row());
                    row.accept(item(found.row(), found.reference()));
                    return true;
                })));
        return new AuditBookForm.Contents(year, asOf, producedAt, producedBy, contents.highestConfidentiality(),
                counts, ledgerRows, carryRows, disposed::forEach, compliance, sectionList, sessionLines, historyItems,
                chain, inspected);
    }

    private static TrainingCompliance compliance(Connection c, FiscalYear year, LocalDate asOf) throws SQLException {
        TrainingRepository training = new TrainingRepository();
        return TrainingCompliance.of(year, asOf, new StaffRepository().findAll(c), training.findAllSessions(c),
                training.findAllAttendance(c));
    }

    /** An entry as stored; one whose changes cannot be read (altered outside the app) shows them as stored. */
    private static AuditBookForm.HistoryItem item(HistoryRow row, String reference) {
        List<FieldChange> changes;
        try {
            changes = FieldChanges.decode(row.changes());
        } catch (IllegalArgumentException unreadable) {
            changes = List.of(new FieldChange("?", null, row.changes()));
        }
        return new AuditBookForm.HistoryItem(row.seq(), row.changedAt(), row.userName(), row.recordType(),
                row.recordId(), reference, row.action(), row.reason(), changes, row.entryHash());
    }

    /** 「試験 太郎（admin）」: the staff name of the logged-in account and its user name. */
    private String producedBy() {
        Actor who = actor.get();
        if (who.accountId() == null) {
            return who.userName();
        }
        Optional<String> name = db.read(c -> {
            Optional<Account> account = accounts.findById(c, who.accountId());
            return account.isEmpty() ? Optional.empty() : staff.findById(c, account.get().staffId()).map(Staff::name);
        });
        return name.map(n -> n + "（" + who.userName() + "）").orElse(who.userName());
    }

    private static LocalDateTime start(FiscalYear year) {
        return year.firstDay().atStartOfDay();
    }

    private static LocalDateTime end(FiscalYear year) {
        return year.lastDay().plusDays(1).atStartOfDay();
    }

    /** A query read while the form writes: its SQLException crosses the form as an unchecked one. */
    @FunctionalInterface
    private interface Query {
        void run() throws SQLException;
    }

    private static void stream(Query query) {
        try {
            query.run();
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    /** A query with a result, read while the form writes. */
    @FunctionalInterface
    private interface Read<T> {
        T get() throws SQLException;
    }

    private static <T> T streamed(Read<T> query) {
        try {
            return query.get();
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
