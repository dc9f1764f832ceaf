package org.daicho.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.FieldChange;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.HistoryAction;
import org.daicho.domain.InspectionFinding;
import org.daicho.domain.InspectionItem;
import org.daicho.domain.InspectionOutcome;
import org.daicho.domain.InspectionResult;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.RecordType;
import org.daicho.domain.Section;
import org.daicho.domain.SelfInspection;
import org.daicho.domain.TrainingCompliance;
import org.daicho.domain.TrainingSession;
import org.daicho.i18n.Messages;

/**
 * 監査証跡ブック: the evidence of one 年度 in one workbook (policy 2.9.1 keeping the evidence, 2.9.2 the yearly
 * 自己点検; forms.md E). Sheets, in order: 表紙, 情報資産管理台帳 (as at the year's end), 持出・持込記録簿, 廃棄記録簿,
 * 年度受講状況, 研修一覧, 変更履歴 (with its chain hashes and the tamper check), 自己点検.
 *
 * <p>The table sheets are the same as the forms of their own (their column definitions and row writers are
 * shared), streamed from {@link FormRows} so that a year of records never sits in memory. The cover lists each
 * sheet's row count and the SHA-256 of its data, computed while the rows are written ({@link SheetDigest}); it is
 * created first but filled last.
 *
 * <p>Reproducible: the same data gives the same cells, apart from the production time on the cover. Everything
 * else comes from {@link Contents} in the order given.
 */
public final class AuditBookForm {

    /** Excel's limit is 1,048,576 rows a sheet; a longer history goes on to 「変更履歴 (2)」 … */
    static final int HISTORY_ROWS_PER_SHEET = 1_000_000;

    /** The columns of 研修一覧. */
    public enum SessionColumn {
        HELD_ON, TITLE, KIND, FORMAT, INSTRUCTOR, TARGET, ATTENDED, TARGETED, ABSENT, MADE_UP
    }

    /** The columns of 変更履歴: one row per changed field (one for an entry without fields). */
    public enum HistoryColumn {
        SEQ, CHANGED_AT, ACCOUNT, RECORD_TYPE, RECORD_ID, REFERENCE, ACTION, FIELD, BEFORE, AFTER, REASON, HASH
    }

    /** The columns of 自己点検: a line per item, then a line per failing record under it. */
    public enum InspectionColumn {
        NO, ITEM, CLAUSE, OUTCOME, CHECKED, FAILING, RECORD_TYPE, REFERENCE, PROBLEM
    }

    /** How many rows each sheet will have, known before writing (subtitles, progress). */
    public record Counts(long assets, long carries, long disposals, long disposalMedia, long disposalRows,
            long people, long sessions, long historyEntries) {
    }

    /** One session of the 年度 with its marks and how many it is for (出席数／対象). */
    public record SessionLine(TrainingSession session, int attended, int absent, int madeUp, int targeted) {
    }

    /**
     * One change-history entry as stored, with the record's reference (管理番号, 記録番号, 氏名 …, empty when the
     * record is gone). Type and action are the stored names, so that an entry altered outside the app still shows.
     */
    public record HistoryItem(long seq, LocalDateTime changedAt, String userName, String recordType, long recordId,
            String reference, String action, String reason, List<FieldChange> changes, String entryHash) {

        public HistoryItem {
            changes = List.copyOf(changes);
        }
    }

    /**
     * What the check of the year's change history found (the service's ChainSegment), in the reader's language.
     *
     * @param firstBreak the first break, one sentence; empty when intact
     * @param headSeq    seq of the year's last entry, where the next year's chain starts
     * @param headHash   its hash
     */
    public record ChainCheck(boolean intact, String summary, String firstBreak, long headSeq, String headHash) {
    }

    /**
     * Everything the book holds.
     *
     * @param asOf        the day the ledger is shown as at: the year's last day, or today while the year runs
     * @param producedAt  the one cell that differs between two exports of the same data
     * @param producedBy  the display name of the account that made the book
     * @param chain       the check of the history's chain, asked for once its rows are written (it is made while
     *                    they are read) and written on the cover
     */
    public record Contents(FiscalYear year, LocalDate asOf, LocalDateTime producedAt, String producedBy,
            int highestConfidentiality, Counts counts, FormRows<LedgerEntry> assets, FormRows<CarryEntry> carries,
            FormRows<DisposalEntry> disposals, TrainingCompliance compliance, List<Section> sections,
            List<SessionLine> sessions, FormRows<HistoryItem> history, Supplier<ChainCheck> chain,
            Supplier<SelfInspection> inspection) {

        public Contents {
            Objects.requireNonNull(year);
            Objects.requireNonNull(asOf);
            Objects.requireNonNull(producedAt);
            sections = List.copyOf(sections);
            sessions = List.copyOf(sessions);
        }
    }

    /** A sheet written, as the cover lists it: its name, its data rows and the SHA-256 of its data. */
    public record SheetSummary(String name, long rows, String sha256) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Messages messages;
    private final OrganisationSettings settings;
    private final Map<String, String> fieldLabels = new HashMap<>();

    public AuditBookForm(Messages messages, OrganisationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    public String title() {
        return messages.get("form.audit.title");
    }

    /** e.g. 機密性3_監査証跡ブック_令和8年度.xlsx */
    public String fileName(int highestConfidentiality, FiscalYear year) {
        return FormWorkbook.fileName(messages, highestConfidentiality, title(), year.label(settings.dateStyle()));
    }

    /**
     * The 機密性 the book is marked with: that of its ledger, and at least that of the training sheets (staff names,
     * 機密性2), which every book holds.
     */
    public static int highestConfidentiality(int ledgerHighest) {
        return Math.max(Math.max(1, ledgerHighest), TrainingTexts.CONFIDENTIALITY);
    }

    /** The names of the sheets, in order (the history's continuation sheets aside). */
    public List<String> sheetNames() {
        return List.of(messages.get("form.audit.cover.title"), messages.get("form.assets.title"),
                messages.get("form.carry.title"), messages.get("form.disposal.title"),
                messages.get("form.training.status.title"), messages.get("form.audit.sessions.title"),
                messages.get("form.audit.history.title"), messages.get("form.audit.inspection.title"));
    }

    /**
     * The rows the progress counts: one per table row, one per history entry (not per field), one per 自己点検 item;
     * the items' failing records are added when the 自己点検, made while the other sheets are written, is known.
     */
    public static long totalRows(Counts counts) {
        return counts.assets() + counts.carries() + counts.disposalRows() + counts.people() + counts.sessions()
                + counts.historyEntries() + InspectionItem.values().length;
    }

    private static long inspectionRows(SelfInspection inspection) {
        return inspection.results().stream().mapToLong(r -> 1L + r.failing().size()).sum();
    }

    /**
     * Writes the book. Progress is told after every row ({@link #totalRows}); a cancel stops it with a
     * {@link java.util.concurrent.CancellationException}.
     */
    public List<SheetSummary> write(Contents contents, OutputStream out, FormProgress progress) throws IOException {
        DateStyle style = settings.dateStyle();
        FiscalYear year = contents.year();
        Counts counts = contents.counts();
        RowCounter counter = new RowCounter(progress, totalRows(counts));
        try (FormWorkbook book = new FormWorkbook(messages, settings, title(), contents.highestConfidentiality(),
                contents.producedAt().toLocalDate())) {
            // the cover comes first in the book but is filled last, once every sheet's SHA-256 is known
            FormSheet cover = book.createSheet(messages.get("form.audit.cover.title"), coverColumns(),
                    FormLayout.FULL_SIZE.portrait());
            book.digestSheets();
            List<SheetSummary> written = new ArrayList<>();

            AssetLedgerForm ledger = new AssetLedgerForm(messages, settings);
            written.add(done(ledger.writeSheet(book, ledger.asOfLine(contents.asOf(), counts.assets()),
                    contents.assets(), counter), ledger.title()));

            CarryLogForm carry = new CarryLogForm(messages, settings);
            written.add(done(carry.writeSheet(book, year, counts.carries(), contents.carries(), counter),
                    carry.title()));

            DisposalLogForm disposal = new DisposalLogForm(messages, settings);
            written.add(done(disposal.writeLedgerSheet(book, year.label(style), counts.disposals(),
                    counts.disposalMedia(), contents.disposals(), Set.of(), counter), disposal.title()));

            TrainingStatusForm training = new TrainingStatusForm(messages, settings);
            written.add(done(training.writeSheet(book, contents.compliance(), contents.sections(), counter),
                    training.title()));

            written.add(done(writeSessions(book, year, contents.sessions(), counter),
                    messages.get("form.audit.sessions.title")));

            written.addAll(writeHistory(book, contents, counter));

            SelfInspection inspection = contents.inspection().get();
            counter.expectMore(inspectionRows(inspection) - InspectionItem.values().length);
            written.add(done(writeInspection(book, inspection, counter), messages.get("form.audit.inspection.title")));

            writeCover(cover, contents, contents.chain().get(), inspection, written);
            book.write(out);
            return written;
        }
    }

    private static SheetSummary done(FormSheet sheet, String name) {
        return new SheetSummary(name, sheet.dataRows(), sheet.dataDigest());
    }

    // ---- 表紙 -------------------------------------------------------------------------------------------

    /**
     * Labels, a count column, and six narrow columns that hold a value or a SHA-256 (64 characters) together and
     * give the approval boxes their own columns at the right.
     */
    private static List<FormColumn> coverColumns() {
        List<FormColumn> columns = new ArrayList<>();
        columns.add(new FormColumn("", 24));
        columns.add(new FormColumn("", 11));
        for (int c = 0; c < 6; c++) {
            columns.add(new FormColumn("", 11));
        }
        return columns;
    }

    private void writeCover(FormSheet cover, Contents contents, ChainCheck chain, SelfInspection inspection,
            List<SheetSummary> written) {
        DateStyle style = settings.dateStyle();
        FiscalYear year = contents.year();
        int valueSpan = 7;
        cover.writeTitleRows(messages.get("form.audit.cover.subtitle", yearLabel(year)),
                messages.get("form.audit.cover.note"));

        cover.addHeading(messages.get("form.audit.cover.about"));
        pair(cover, "form.audit.cover.organisation", settings.organisationName(), valueSpan);
        pair(cover, "form.audit.cover.year", yearLabel(year), valueSpan);
        pair(cover, "form.audit.cover.period", messages.get("form.audit.period", style.format(year.firstDay()),
                style.format(year.lastDay())), valueSpan);
        pair(cover, "form.audit.cover.asOf", style.format(contents.asOf()), valueSpan);
        pair(cover, "form.audit.cover.producedAt", dateTime(contents.producedAt()), valueSpan);
        pair(cover, "form.audit.cover.producedBy", contents.producedBy(), valueSpan);
        pair(cover, "form.audit.cover.classification",
                FormWorkbook.classificationLabel(messages, contents.highestConfidentiality()), valueSpan);
        cover.addSpacer();

        cover.addHeading(messages.get("form.audit.cover.sheets"));
        cover.addRow().label(messages.get("form.audit.cover.sheet")).label(messages.get("form.audit.cover.rows"))
                .span(6).label(messages.get("form.audit.cover.sha256"));
        for (SheetSummary sheet : written) {
            cover.addRow().text(sheet.name()).number(sheet.rows()).span(6).text(sheet.sha256());
        }
        cover.addParagraph(messages.get("form.audit.cover.sha256Rule"));
        cover.addSpacer();

        cover.addHeading(messages.get("form.audit.cover.chain"));
        cover.addRow().label(messages.get("form.audit.cover.chainResult")).highlight(!chain.intact())
                .span(valueSpan).text(chain.summary());
        if (!chain.intact()) {
            cover.addRow().label(messages.get("form.audit.cover.chainBreak")).highlight(true)
                    .span(valueSpan).text(chain.firstBreak());
        }
        pair(cover, "form.audit.cover.chainHead", headText(chain), valueSpan);
        cover.addParagraph(messages.get("form.audit.cover.chainScope"));
        cover.addSpacer();

        cover.addHeading(messages.get("form.audit.cover.inspection"));
        pair(cover, "form.audit.cover.inspectionResult", messages.get("form.audit.cover.inspectionCounts",
                count(inspection, InspectionOutcome.DONE), count(inspection, InspectionOutcome.PARTIAL),
                count(inspection, InspectionOutcome.NOT_DONE)), valueSpan);
    }

    private void pair(FormSheet sheet, String labelKey, String value, int span) {
        sheet.addRow().label(messages.get(labelKey)).span(span).text(value);
    }

    private static long count(SelfInspection inspection, InspectionOutcome outcome) {
        return inspection.results().stream().filter(r -> r.outcome() == outcome).count();
    }

    /** 令和8年度（2026年度）, or 2026年度 when dates are shown in 西暦. */
    private String yearLabel(FiscalYear year) {
        if (settings.dateStyle() == DateStyle.WAREKI) {
            return messages.get("form.audit.yearBoth", year.label(DateStyle.WAREKI), year.label(DateStyle.SEIREKI));
        }
        return year.label(DateStyle.SEIREKI);
    }

    private String headText(ChainCheck chain) {
        return messages.get("form.audit.chainHead", String.valueOf(chain.headSeq()), chain.headHash());
    }

    private String dateTime(LocalDateTime time) {
        return settings.dateStyle().format(time.toLocalDate()) + " " + TIME.format(time);
    }

    // ---- 研修一覧 ---------------------------------------------------------------------------------------

    private FormSheet writeSessions(FormWorkbook book, FiscalYear year, List<SessionLine> sessions,
            RowCounter counter) {
        int dateWidth = settings.dateStyle() == DateStyle.WAREKI ? 17 : 12;
        List<FormColumn> columns = new ArrayList<>();
        for (SessionColumn c : SessionColumn.values()) {
            int width = switch (c) {
                case HELD_ON -> dateWidth;
                case TITLE -> 30;
                case KIND, FORMAT, TARGET -> 14;
                case INSTRUCTOR -> 16;
                case ATTENDED, TARGETED, ABSENT, MADE_UP -> 9;
            };
            columns.add(new FormColumn(messages.get("form.audit.sessions.column." + c.name()), width));
        }
        FormSheet sheet = book.createSheet(messages.get("form.audit.sessions.title"), columns);
        sheet.writeTitleBlock(messages.get("form.audit.sessions.subtitle", yearLabel(year), sessions.size()));
        for (SessionLine line : sessions) {
            TrainingSession s = line.session();
            FormRow row = sheet.addRow();
            for (SessionColumn c : SessionColumn.values()) {
                switch (c) {
                    case HELD_ON -> row.date(s.heldOn());
                    case TITLE -> row.text(s.title());
                    case KIND -> row.centred(messages.label(s.kind()));
                    case FORMAT -> row.centred(messages.label(s.format()));
                    case INSTRUCTOR -> row.text(s.instructor());
                    case TARGET -> row.centred(messages.label(s.target()));
                    case ATTENDED -> row.number(line.attended());
                    case TARGETED -> row.number(line.targeted());
                    case ABSENT -> row.number(line.absent());
                    case MADE_UP -> row.number(line.madeUp());
                }
            }
            counter.row();
        }
        sheet.finish();
        return sheet;
    }

    // ---- 変更履歴 ---------------------------------------------------------------------------------------

    /**
     * Every entry of the year, in chain order, one row per changed field with the entry's hash on each, below the
     * result of the tamper check and the end of the chain. Values are written as stored — dates as yyyy-MM-dd,
     * classes as their codes, people as ids — which are the values the chain hash covers.
     */
    private List<SheetSummary> writeHistory(FormWorkbook book, Contents contents, RowCounter counter) {
        List<SheetSummary> written = new ArrayList<>();
        HistorySheets sheets = new HistorySheets(book, contents, written);
        contents.history().forEach(item -> {
            if (item.changes().isEmpty()) {
                historyRow(sheets.row(), item, null);
            }
            for (FieldChange change : item.changes()) {
                historyRow(sheets.row(), item, change);
            }
            counter.row();
        });
        sheets.finish();
        return written;
    }

    /** The history sheet, and its continuations when the year has more rows than a sheet takes. */
    private final class HistorySheets {
        private final FormWorkbook book;
        private final Contents contents;
        private final List<SheetSummary> written;
        private FormSheet current;
        private int rows;
        private int part;

        HistorySheets(FormWorkbook book, Contents contents, List<SheetSummary> written) {
            this.book = book;
            this.contents = contents;
            this.written = written;
            start();
        }

        FormRow row() {
            if (rows == HISTORY_ROWS_PER_SHEET) {
                finish();
                start();
            }
            rows++;
            return current.addRow();
        }

        void finish() {
            current.finish();
            written.add(done(current, name()));
        }

        private String name() {
            String title = messages.get("form.audit.history.title");
            return part == 1 ? title : title + " (" + part + ")";
        }

        private void start() {
            part++;
            rows = 0;
            current = book.createSheet(name(), historyColumns());
            current.writeTitleRows(messages.get("form.audit.history.subtitle", yearLabel(contents.year()),
                    contents.counts().historyEntries()), null);
            // the check's result is known only after the last row, so it is on the cover, filled last
            current.addParagraph(messages.get("form.audit.history.checked"));
            current.addParagraph(messages.get("form.audit.history.note"));
            current.writeHeaderRow();
        }
    }

    private List<FormColumn> historyColumns() {
        int dateTimeWidth = settings.dateStyle() == DateStyle.WAREKI ? 24 : 20;
        List<FormColumn> columns = new ArrayList<>();
        for (HistoryColumn c : HistoryColumn.values()) {
            int width = switch (c) {
                case SEQ, RECORD_ID, ACTION -> 8;
                case CHANGED_AT -> dateTimeWidth;
                case ACCOUNT, RECORD_TYPE -> 12;
                case REFERENCE, FIELD -> 16;
                case BEFORE, AFTER -> 24;
                case REASON -> 20;
                // 64 hexadecimal characters on one line
                case HASH -> 68;
            };
            columns.add(new FormColumn(messages.get("form.audit.history.column." + c.name()), width));
        }
        return columns;
    }

    private void historyRow(FormRow row, HistoryItem item, FieldChange change) {
        RecordType type = enumOrNull(RecordType.class, item.recordType());
        HistoryAction action = enumOrNull(HistoryAction.class, item.action());
        for (HistoryColumn c : HistoryColumn.values()) {
            switch (c) {
                case SEQ -> row.number(item.seq());
                case CHANGED_AT -> row.text(dateTime(item.changedAt()));
                case ACCOUNT -> row.text(item.userName());
                case RECORD_TYPE -> row.text(type == null ? item.recordType() : messages.label(type));
                case RECORD_ID -> row.number(item.recordId());
                case REFERENCE -> row.text(item.reference());
                case ACTION -> row.centred(action == null ? item.action() : messages.label(action));
                case FIELD -> row.text(change == null ? "" : fieldLabel(type, change.field()));
                case BEFORE -> row.text(change == null ? "" : change.before());
                case AFTER -> row.text(change == null ? "" : change.after());
                case REASON -> row.text(item.reason());
                case HASH -> row.text(item.entryHash());
            }
        }
    }

    /** The field's label where the bundle has one (the labels of the history screen), else its stored name. */
    private String fieldLabel(RecordType type, String field) {
        if (type == null) {
            return field;
        }
        String prefix = switch (type) {
            case ASSET -> "asset.field.";
            case STAFF -> "staff.field.";
            case ACCOUNT -> "account.field.";
            case CARRY -> "carry.field.";
            case DISPOSAL -> "disposal.field.";
            case TRAINING_SESSION, ATTENDANCE -> "training.field.";
            case SECTION, SETTING -> "history.field.";
        };
        // looked up once per field: a year's history repeats a few dozen fields over a million rows
        return fieldLabels.computeIfAbsent(prefix + field,
                key -> messages.bundle().containsKey(key) ? messages.get(key) : field);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    // ---- 自己点検 ---------------------------------------------------------------------------------------

    /**
     * One line per item (policy 2.9.2): the item, its clause, 実施 / 一部 / 未実施 (「該当なし」 when there was nothing
     * to check), how many records were checked and failed; under it one line per failing record with the reason.
     * Each line carries the item's number, so filtering on it keeps an item with its records.
     */
    private FormSheet writeInspection(FormWorkbook book, SelfInspection inspection, RowCounter counter) {
        List<FormColumn> columns = new ArrayList<>();
        for (InspectionColumn c : InspectionColumn.values()) {
            int width = switch (c) {
                case NO -> 6;
                case ITEM -> 44;
                case CLAUSE, OUTCOME, CHECKED, FAILING -> 10;
                case RECORD_TYPE -> 14;
                case REFERENCE -> 18;
                case PROBLEM -> 44;
            };
            columns.add(new FormColumn(messages.get("form.audit.inspection.column." + c.name()), width));
        }
        FormSheet sheet = book.createSheet(messages.get("form.audit.inspection.title"), columns);
        DateStyle style = settings.dateStyle();
        sheet.writeTitleBlock(messages.get("form.audit.inspection.subtitle", yearLabel(inspection.year()),
                style.format(inspection.asOf())));
        int no = 0;
        for (InspectionResult result : inspection.results()) {
            no++;
            boolean failing = result.outcome() != InspectionOutcome.DONE;
            String outcome = result.notApplicable() ? messages.get("form.audit.inspection.notApplicable")
                    : messages.label(result.outcome());
            sheet.addRow().highlight(failing)
                    .number(no).text(messages.label(result.item())).centred(result.item().clause())
                    .centred(outcome).number(result.checked()).number(result.failing().size())
                    .skip().skip().skip();
            counter.row();
            for (InspectionFinding finding : result.failing()) {
                sheet.addRow()
                        .number(no).skip().skip().skip().skip().skip()
                        .text(messages.label(finding.recordType())).text(finding.reference())
                        .text(messages.get(finding.problemKey(), finding.problemArgs().toArray()));
                counter.row();
            }
        }
        sheet.finish();
        return sheet;
    }
}
