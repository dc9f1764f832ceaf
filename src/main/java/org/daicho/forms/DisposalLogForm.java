package org.daicho.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.daicho.domain.Asset;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.OrganisationSettings;
import org.daicho.i18n.Messages;

/**
 * The 廃棄記録簿 of a period as an .xlsx (forms.md C and "Common to every exported form"): a first sheet with one
 * row per asset per record (a batch of twenty USB sticks is twenty rows sharing the 記録番号), then one
 * 消去・廃棄証明 sheet per record, laid out after the certificate of NIST SP 800-88 Rev.1 Appendix G / Rev.2
 * Appendix C and printed on one A4 portrait page.
 *
 * <p>Evidence files are listed as 「name (SHA-256)」; those whose bytes no longer match their SHA-256 (the ids in
 * {@code changedEvidenceIds}) are marked in both sheets.
 */
public final class DisposalLogForm {

    /** The columns of forms.md C, with 行き先・備考 added. */
    public enum Column {
        RECORD_NO, EXECUTED_AT, ASSET_NO, MEDIA, CONFIDENTIALITY, END, METHOD, TECHNIQUE, TOOL, VERIFICATION, PLACE,
        PERFORMER, WITNESS, CONTRACTOR, APPROVER, EVIDENCE, NOTES
    }

    private final Messages messages;
    private final OrganisationSettings settings;
    private final DisposalTexts texts;

    public DisposalLogForm(Messages messages, OrganisationSettings settings) {
        this.messages = messages;
        this.settings = settings;
        this.texts = new DisposalTexts(messages, settings.dateStyle());
    }

    /** The highest 機密性 of the assets of every record (1 when there are none), for the file's mark. */
    public static int highestConfidentiality(List<DisposalEntry> entries) {
        return entries.stream().mapToInt(DisposalEntry::highestConfidentiality).max().orElse(1);
    }

    /**
     * 「令和8年度」 when [from, to] is exactly one 年度, else 「令和8年4月1日〜令和8年9月30日」 (or 西暦, as set).
     */
    public String periodLabel(LocalDate from, LocalDate to) {
        DateStyle style = settings.dateStyle();
        FiscalYear year = FiscalYear.of(from);
        if (year.firstDay().equals(from) && year.lastDay().equals(to)) {
            return year.label(style);
        }
        return messages.get("form.disposal.period", style.format(from), style.format(to));
    }

    /** e.g. 機密性3_廃棄記録簿_令和8年度.xlsx */
    public String fileName(int highestConfidentiality, String periodLabel) {
        return FormWorkbook.fileName(messages, highestConfidentiality, title(), periodLabel);
    }

    public String title() {
        return messages.get("form.disposal.title");
    }

    /**
     * Writes the workbook. Progress is told after each row of the 廃棄記録簿 and after each certificate sheet:
     * {@code total} is the number of rows plus the number of records.
     *
     * @param entries            the records, in the order to print (normally by 処理日時)
     * @param changedEvidenceIds evidence files whose bytes no longer match their SHA-256
     */
    public void write(String periodLabel, List<DisposalEntry> entries, Set<Long> changedEvidenceIds,
            LocalDateTime printTime, OutputStream out, FormProgress progress) throws IOException {
        Set<Long> changed = changedEvidenceIds == null ? Set.of() : changedEvidenceIds;
        long rows = entries.stream().mapToLong(e -> Math.max(1, e.assets().size())).sum();
        long media = entries.stream().mapToLong(e -> e.assets().size()).sum();
        RowCounter counter = new RowCounter(progress, rows + entries.size());
        try (FormWorkbook book = new FormWorkbook(messages, settings, title(), highestConfidentiality(entries),
                printTime.toLocalDate())) {
            Set<String> sheetNames = new HashSet<>();
            sheetNames.add(title().toLowerCase(Locale.ROOT));
            writeLedgerSheet(book, periodLabel, entries.size(), media, entries::forEach, changed, counter);

            CertificateStyles styles = null;
            for (DisposalEntry entry : entries) {
                FormSheet sheet = book.createSheet(certificateSheetName(entry.record().recordNo(), sheetNames),
                        certificateColumns());
                SXSSFSheet poi = sheet.poiSheet();
                if (styles == null) {
                    styles = new CertificateStyles(poi.getWorkbook());
                }
                new Certificate(sheet, poi, styles, entry, changed).write();
                counter.row();
            }
            book.write(out);
        }
    }

    /**
     * Writes the 廃棄記録簿 (one row per asset per record) as one sheet of {@code book}: this form's file, or the
     * audit book, which leaves out the certificates.
     *
     * @param records the number of records {@code entries} gives, and {@code media} the number of their assets,
     *                for the line under the title
     */
    FormSheet writeLedgerSheet(FormWorkbook book, String periodLabel, long records, long media,
            FormRows<DisposalEntry> entries, Set<Long> changed, RowCounter counter) {
        FormSheet log = book.createSheet(title(), columns());
        log.writeTitleBlock(messages.get("form.disposal.subtitle", periodLabel, records, media));
        entries.forEach(entry -> {
            List<Asset> assets = entry.assets().isEmpty() ? Collections.singletonList(null) : entry.assets();
            for (int i = 0; i < assets.size(); i++) {
                writeRow(log.addRow(), entry, assets.get(i), i == 0, changed);
                counter.row();
            }
        });
        log.finish();
        return log;
    }

    // ---- the 廃棄記録簿 -----------------------------------------------------------------------------------

    private List<FormColumn> columns() {
        int dateTimeWidth = settings.dateStyle() == DateStyle.WAREKI ? 18 : 16;
        List<FormColumn> columns = new ArrayList<>();
        for (Column c : Column.values()) {
            int width = switch (c) {
                case RECORD_NO -> 13;
                case EXECUTED_AT -> dateTimeWidth;
                case ASSET_NO, PLACE -> 12;
                case MEDIA -> 28;
                case CONFIDENTIALITY, END -> 10;
                case METHOD -> 14;
                case TECHNIQUE, TOOL -> 16;
                case PERFORMER, WITNESS -> 14;
                case VERIFICATION, CONTRACTOR -> 22;
                case APPROVER -> dateTimeWidth;
                case EVIDENCE -> 40;
                case NOTES -> 20;
            };
            columns.add(new FormColumn(messages.get("form.disposal.column." + c.name()), width));
        }
        return columns;
    }

    /**
     * Writes the cells in {@link Column} order; the switch makes a new column a compile error here. Every row of a
     * record repeats the record's values, so that filtering on one asset keeps them; only the evidence list, long
     * with its SHA-256, is written on the record's first row (later rows point to it, and still flag a mismatch).
     */
    private void writeRow(FormRow row, DisposalEntry entry, Asset asset, boolean firstOfRecord, Set<Long> changed) {
        DisposalRecord r = entry.record();
        DisposalExecution e = r.execution();
        for (Column c : Column.values()) {
            switch (c) {
                case RECORD_NO -> row.text(r.recordNo());
                case EXECUTED_AT -> row.text(e == null ? "" : texts.dateTime(e.executedAt()));
                case ASSET_NO -> row.text(asset == null ? "" : asset.assetNo());
                case MEDIA -> row.text(asset == null ? "" : texts.media(asset));
                case CONFIDENTIALITY -> row.number(entry.highestConfidentiality());
                case END -> row.centred(r.application() == null ? "" : messages.label(r.application().end()));
                case METHOD -> row.text(e == null ? "" : messages.label(e.method()));
                case TECHNIQUE -> row.text(texts.technique(e));
                case TOOL -> row.text(texts.tool(e));
                case VERIFICATION -> row.text(texts.verification(e));
                case PLACE -> row.centred(e == null ? "" : messages.label(e.place()));
                case PERFORMER -> row.text(texts.performer(entry));
                case WITNESS -> row.text(texts.witness(entry));
                case CONTRACTOR -> row.text(texts.contractor(e));
                case APPROVER -> row.text(texts.approverAndDate(entry));
                case EVIDENCE -> row.text(firstOfRecord ? texts.evidence(r, changed)
                        : texts.evidenceSeeFirstRow(r, changed));
                case NOTES -> row.text(texts.notes(e));
            }
        }
    }

    // ---- sheet names ------------------------------------------------------------------------------------

    /** 「消去・廃棄証明 D-2026-0001」, or just the 記録番号 when that would pass Excel's 31 characters. */
    private String certificateSheetName(String recordNo, Set<String> used) {
        String wanted = messages.get("form.disposal.certificate.title", recordNo);
        if (wanted.length() > 31) {
            wanted = recordNo;
        }
        return uniqueSheetName(wanted, used);
    }

    /**
     * A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}, and unlike every other sheet of
     * the workbook (Excel compares them without case); a clash gets 「 (2)」, 「 (3)」… at the end.
     */
    static String uniqueSheetName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "-" : wanted.strip());
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    // ---- the 消去・廃棄証明 ---------------------------------------------------------------------------------

    /** The certificate is laid on a grid of {@link #GRID} columns; labels, values and tables span them. */
    private static final int GRID = 12;
    private static final int GRID_WIDTH = 10;
    /** Room, in half-width characters of the base font, for the 16 pt title 「消去・廃棄証明 D-2026-0001」. */
    private static final int TITLE_ROOM = 46;
    private static final float ROW_HEIGHT = 20;
    private static final float SECTION_HEIGHT = 20;
    private static final float SIGNATURE_HEIGHT = 40;

    /**
     * The grid: columns of {@link #GRID_WIDTH}, so that each approval box (at least {@link
     * FormSheet#APPROVAL_BOX_MIN_WIDTH}) takes two of them from the right; the first column is widened so that
     * the title keeps its room left of the boxes. Labels are empty: the header row becomes the statement line.
     */
    private List<FormColumn> certificateColumns() {
        int boxes = Math.max(1, settings.approvalTitles().size());
        int titleColumns = Math.max(1, GRID - 2 * boxes);
        int first = Math.min(255, Math.max(14, TITLE_ROOM - GRID_WIDTH * (titleColumns - 1)));
        List<FormColumn> columns = new ArrayList<>();
        for (int c = 0; c < GRID; c++) {
            columns.add(new FormColumn("", c == 0 ? first : GRID_WIDTH));
        }
        return columns;
    }

    /**
     * Breaks a line of items (separated by an ideographic space or three spaces) between the items rather than
     * inside one, so that 「（記録番号 D-2026-0001）」 is not cut at its hyphen when the line does not fit.
     */
    static String breakBetweenItems(String text, int room) {
        String[] items = text.split("(?<=\u3000)|(?<=   )");
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String item : items) {
            if (line.length() > 0 && FormText.displayWidth(line + item.strip()) > room - 2) {
                out.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
            }
            line.append(item);
        }
        return out.append(line.toString().stripTrailing()).toString();
    }

    /** The certificate's own cell styles, made once per workbook (Excel limits the number of styles). */
    private static final class CertificateStyles {

        final CellStyle subtitle;
        final CellStyle statement;
        final CellStyle section;
        final CellStyle label;
        final CellStyle value;
        final CellStyle centred;
        final CellStyle hash;
        final CellStyle warning;
        final CellStyle signature;

        CertificateStyles(Workbook workbook) {
            Font bold = font(workbook, (short) 11, true);
            Font small = font(workbook, (short) 9, false);
            Font red = font(workbook, (short) 9, true);
            red.setColor(IndexedColors.DARK_RED.getIndex());

            subtitle = workbook.createCellStyle();
            subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
            subtitle.setWrapText(true);

            statement = workbook.createCellStyle();
            statement.setVerticalAlignment(VerticalAlignment.CENTER);
            statement.setWrapText(true);

            section = framed(workbook);
            section.setFont(bold);
            fill(section, 0xD9);

            label = framed(workbook);
            label.setAlignment(HorizontalAlignment.CENTER);
            fill(label, 0xF2);

            value = framed(workbook);
            value.setAlignment(HorizontalAlignment.LEFT); // an indent needs an explicit alignment
            value.setIndention((short) 1);

            centred = framed(workbook);
            centred.setAlignment(HorizontalAlignment.CENTER);

            hash = framed(workbook);
            hash.setFont(small);
            hash.setAlignment(HorizontalAlignment.LEFT);
            hash.setIndention((short) 1);

            warning = framed(workbook);
            warning.setFont(red);
            warning.setAlignment(HorizontalAlignment.LEFT);
            warning.setIndention((short) 1);

            signature = framed(workbook);
        }

        private static CellStyle framed(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private static Font font(Workbook workbook, short points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(FormStyles.FONT_NAME);
            font.setFontHeightInPoints(points);
            font.setBold(bold);
            return font;
        }

        private static void fill(CellStyle style, int grey) {
            byte level = (byte) grey;
            ((XSSFCellStyle) style).setFillForegroundColor(
                    new XSSFColor(new byte[] {level, level, level}, new DefaultIndexedColorMap()));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }

    /** One 消去・廃棄証明 sheet. */
    private final class Certificate {

        /** Columns of a label/value pair row: label, value, label, value. */
        private static final int[][] PAIR = {{0, 1}, {2, 5}, {6, 7}, {8, 11}};
        /** 管理番号, メーカー, 型番, 製造番号, 媒体の種類, 情報資産名称, 機密性. */
        private static final int[][] MEDIA = {{0, 0}, {1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}, {11, 11}};
        private static final String[] MEDIA_KEYS = {"ASSET_NO", "MAKER", "MODEL", "SERIAL", "TYPE", "SOURCE",
            "CLASS"};
        /** 種類, ファイル名, SHA-256. */
        private static final int[][] EVIDENCE = {{0, 0}, {1, 4}, {5, 11}};

        private final FormSheet form;
        private final SXSSFSheet poi;
        private final CertificateStyles st;
        private final DisposalEntry entry;
        private final DisposalRecord record;
        private final DisposalExecution execution;
        private final Set<Long> changed;
        private int nextRow;

        Certificate(FormSheet form, SXSSFSheet poi, CertificateStyles st, DisposalEntry entry, Set<Long> changed) {
            this.form = form;
            this.poi = poi;
            this.st = st;
            this.entry = entry;
            this.record = entry.record();
            this.execution = entry.record().execution();
            this.changed = changed;
        }

        void write() {
            DisposalExecution e = execution;
            String end = record.application() == null ? "" : messages.label(record.application().end());
            String executedOn = e == null ? "" : texts.date(e.executedAt().toLocalDate());
            form.writeTitleBlock(messages.get("form.disposal.certificate.subtitle", record.recordNo(), end,
                    executedOn));
            nextRow = form.headerRowIndex() + 1;
            wrapSubtitle();
            statement();

            section("PERFORMER");
            pair(label("form.disposal.certificate.name"), entry.performerName(),
                    label("form.disposal.certificate.affiliation"), texts.performerAffiliation(entry));
            pair(label("form.disposal.certificate.organisation"), organisation(),
                    label("form.disposal.certificate.location"), e == null ? "" : messages.label(e.place()));
            wide(label("form.disposal.certificate.contact"), "");

            section("MEDIA");
            Line header = line(ROW_HEIGHT);
            for (int i = 0; i < MEDIA.length; i++) {
                header.put(MEDIA[i], label("form.disposal.certificate.media." + MEDIA_KEYS[i]), st.label);
            }
            for (Asset a : entry.assets()) {
                line(ROW_HEIGHT).put(MEDIA[0], a.assetNo(), st.value).put(MEDIA[1], a.maker(), st.value)
                        .put(MEDIA[2], a.model(), st.value).put(MEDIA[3], a.serialNo(), st.value)
                        .put(MEDIA[4], texts.mediaType(a), st.value).put(MEDIA[5], a.name(), st.value)
                        .put(MEDIA[6], String.valueOf(a.classes().confidentiality()), st.centred);
            }
            pair(label("disposal.field.BACKED_UP"), texts.backedUp(e), label("disposal.field.BACKUP_LOCATION"),
                    e == null ? "" : e.backupLocation());

            section("SANITISATION");
            pair(label("disposal.field.METHOD"), e == null ? "" : messages.label(e.method()),
                    label("disposal.field.TECHNIQUE"), e == null ? "" : messages.label(e.technique()));
            wide(label("disposal.field.METHOD_DETAILS"), e == null ? "" : e.methodDetails());
            pair(label("form.disposal.column.TOOL"), texts.tool(e), label("disposal.field.EXECUTED_AT"),
                    e == null ? "" : texts.dateTime(e.executedAt()));
            pair(label("disposal.field.VERIFICATION_METHOD"), e == null ? "" : e.verificationMethod(),
                    label("disposal.field.VERIFICATION_RESULT"), e == null ? "" : e.verificationResult());
            wide(label("form.disposal.certificate.postClass"),
                    texts.postClassification(e == null ? null : e.method()));
            wide(label("disposal.field.NOTE"), e == null ? "" : e.note());

            section("DESTINATION");
            pair(label("disposal.field.END"), end, label("disposal.field.DESTINATION"),
                    e == null ? "" : e.destination());
            wide(label("disposal.field.CONTRACTOR"), e == null ? "" : e.contractor());
            pair(label("disposal.field.CERTIFICATE_NO"), e == null ? "" : e.certificateNo(),
                    label("disposal.field.CERTIFICATE_RECEIVED_ON"),
                    e == null ? "" : texts.date(e.certificateReceivedOn()));

            section("SIGNATURE");
            pair(label("form.disposal.certificate.name"), entry.performerName(),
                    label("form.disposal.certificate.affiliation"), texts.performerAffiliation(entry));
            signature(executedOn);

            section("VALIDATION");
            boolean witnessed = !entry.witnessName().isEmpty();
            pair(label("form.disposal.certificate.name"), entry.witnessName(),
                    label("form.disposal.certificate.affiliation"), entry.witnessSectionName());
            signature(witnessed ? executedOn : "");

            section("PERMISSION");
            pair(label("disposal.field.APPLICANT_STAFF"), entry.applicantName(), label("disposal.field.APPLIED_AT"),
                    texts.dateTime(record.appliedAt()));
            wide(label("disposal.field.REASON"), record.application() == null ? "" : record.application().reason());
            pair(label("disposal.field.APPROVER"), DisposalTexts.lines(texts.approver(entry),
                    record.permittedAt() == null ? "" : entry.approverSectionName()),
                    label("form.disposal.certificate.permittedOn"), texts.permittedOn(record));
            wide(label("disposal.field.DECISION_COMMENT"),
                    record.decision() == null ? "" : record.decision().comment());

            section("EVIDENCE");
            evidence();
            setUpPrinting();
        }

        private String organisation() {
            // a contractor's worker belongs to the contractor, not to the body
            if (DisposalTexts.byContractorWorker(entry) && !execution.contractor().isEmpty()) {
                return execution.contractor();
            }
            return settings.organisationName();
        }

        private String label(String key) {
            return messages.get(key);
        }

        /** The subtitle (処理区分, 処理日, 記録番号) may take two lines left of the organisation's name. */
        private void wrapSubtitle() {
            Row row = poi.getRow(1);
            Cell cell = row.getCell(0);
            if (cell == null || cell.getCellType() != CellType.STRING) {
                return;
            }
            int last = poi.getMergedRegions().stream().filter(region -> region.isInRange(1, 0))
                    .mapToInt(CellRangeAddress::getLastColumn).findFirst().orElse(0);
            int room = span(0, last);
            String text = breakBetweenItems(cell.getStringCellValue(), room);
            form.text(cell, text, st.subtitle);
            int lines = FormText.wrappedLines(text, room);
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * FormStyles.LINE_POINTS + 4));
        }

        /** The header row of the FormSheet becomes one line saying what the sheet certifies. */
        private void statement() {
            Row row = poi.getRow(form.headerRowIndex());
            String text = messages.get("form.disposal.certificate.statement");
            for (int c = 0; c < GRID; c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                cell.setBlank();
                cell.setCellStyle(st.statement);
            }
            form.text(row.getCell(0), text, st.statement);
            poi.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, GRID - 1));
            row.setHeightInPoints(Math.max(ROW_HEIGHT,
                    FormText.wrappedLines(text, span(0, GRID - 1)) * FormStyles.LINE_POINTS + 8));
        }

        private void section(String name) {
            line(SECTION_HEIGHT).put(new int[] {0, GRID - 1},
                    messages.get("form.disposal.certificate.section." + name), st.section);
        }

        private void pair(String label1, String value1, String label2, String value2) {
            line(ROW_HEIGHT).put(PAIR[0], label1, st.label).put(PAIR[1], value1, st.value)
                    .put(PAIR[2], label2, st.label).put(PAIR[3], value2, st.value);
        }

        private void wide(String label, String value) {
            line(ROW_HEIGHT).put(PAIR[0], label, st.label).put(new int[] {PAIR[1][0], GRID - 1}, value, st.value);
        }

        /** 署名 with an empty box to sign in, and the date. */
        private void signature(String date) {
            line(SIGNATURE_HEIGHT).put(PAIR[0], label("form.disposal.certificate.signature"), st.label)
                    .put(PAIR[1], "", st.signature).put(PAIR[2], label("form.disposal.certificate.date"), st.label)
                    .put(PAIR[3], date, st.centred);
        }

        private void evidence() {
            line(ROW_HEIGHT).put(EVIDENCE[0], label("disposal.field.EVIDENCE_KIND"), st.label)
                    .put(EVIDENCE[1], label("form.disposal.certificate.fileName"), st.label)
                    .put(EVIDENCE[2], "SHA-256", st.label);
            if (record.evidence().isEmpty()) {
                line(ROW_HEIGHT).put(new int[] {0, GRID - 1}, messages.get("form.disposal.certificate.noEvidence"),
                        st.value);
                return;
            }
            for (EvidenceFile file : record.evidence()) {
                boolean bad = DisposalTexts.isChanged(file, changed);
                String hash = bad ? DisposalTexts.lines(file.sha256(), messages.get("form.disposal.evidenceChanged"))
                        : file.sha256();
                line(ROW_HEIGHT).put(EVIDENCE[0], messages.label(file.kind()), st.centred)
                        .put(EVIDENCE[1], file.fileName(), st.value).put(EVIDENCE[2], hash, bad ? st.warning : st.hash);
            }
        }

        /** One A4 portrait page, framed cells instead of printed gridlines. */
        private void setUpPrinting() {
            PrintSetup print = poi.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(false);
            poi.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 1);
            poi.setPrintGridlines(false);
        }

        private int span(int first, int last) {
            int width = 0;
            for (int c = first; c <= last; c++) {
                width += form.columnWidth(c);
            }
            return width;
        }

        private Line line(float minHeight) {
            form.addRow();
            Row row = poi.getRow(nextRow++);
            row.setHeightInPoints(minHeight);
            return new Line(row, minHeight);
        }

        /** One row of the certificate, filled with cells spanning grid columns; it grows for wrapped text. */
        private final class Line {

            private final Row row;
            private final float minHeight;

            Line(Row row, float minHeight) {
                this.row = row;
                this.minHeight = minHeight;
            }

            Line put(int[] columns, String text, CellStyle style) {
                int first = columns[0];
                int last = columns[1];
                for (int c = first; c <= last; c++) {
                    Cell cell = row.createCell(c);
                    if (c == first && text != null && !text.isEmpty()) {
                        form.text(cell, text, style);
                    } else {
                        cell.setCellStyle(style);
                    }
                }
                if (last > first) {
                    poi.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
                }
                float needed = FormText.wrappedLines(text, span(first, last)) * FormStyles.LINE_POINTS + 6;
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), Math.max(minHeight, needed)));
                return this;
            }
        }
    }
}
