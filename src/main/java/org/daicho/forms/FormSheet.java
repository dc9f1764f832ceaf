package org.daicho.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.daicho.i18n.Messages;

/**
 * One sheet of a form, laid out the same way in every form (forms.md, "Common to every exported form"):
 *
 * <pre>
 * row 0   title                                          [ 機密性3 取扱注意 ]
 * row 1   as-of line / what the rows are                        organisation
 * row 2-4 (note)                         [担当][係長][課長][事務局長]  approval boxes: title, name (tall), date
 * row 5   (spacer)                                     (rows 2-4 are left out when there are no titles)
 * row 6   header row — frozen, filtered, repeated on every printed page with the rows above
 * row 7…  data rows
 * </pre>
 *
 * Rows are streamed: write the title block first, then {@link #addRow()} in order, then {@link #finish()}.
 * A form that is more than one table writes {@link #writeTitleRows} instead, then what it needs in order —
 * lines of cells ({@link #addRow()}, with labels and merged cells: a label/value block, the header of a small
 * table), {@link #addHeading headings}, {@link #addParagraph paragraphs}, {@link #addSpacer spacers} — and, for
 * its one filtered table, {@link #writeHeaderRow()} before the table's rows and {@link #finish()} after them.
 * Printing: A4 one page wide as the {@link FormLayout} says, the classification in the print header (policy
 * 2.3(2)②).
 */
public final class FormSheet {

    /**
     * The least width, in half-width characters, of one approval box. Fitting a wide table such as the
     * ledger to one A4 page shrinks it to about 40 %, and a box must still take a written name or a seal.
     */
    static final int APPROVAL_BOX_MIN_WIDTH = 20;
    /**
     * The same for a {@link FormLayout#fullSize() full-size} form: 10 characters are about 2 cm, the usual
     * 決裁欄 box.
     */
    static final int FULL_SIZE_APPROVAL_BOX_MIN_WIDTH = 10;
    /** The classification mark of a full-size form: 「機密性2 取扱注意」 in 12 pt bold on one line. */
    private static final int MARK_MIN_WIDTH = 22;

    /** The height of a line of a full-size form, and of the title block's lines. */
    static final float LINE_HEIGHT = 18;
    private static final float TITLE_HEIGHT = 30;
    private static final float APPROVAL_NAME_HEIGHT = 48;
    private static final float FULL_SIZE_APPROVAL_NAME_HEIGHT = 42;
    private static final float SPACER_HEIGHT = 9;
    /** Excel's limit for the text of one cell. */
    private static final int MAX_CELL_TEXT = 32_767;

    private final FormWorkbook book;
    private final SXSSFSheet sheet;
    private final String title;
    private final List<FormColumn> columns;
    private final FormLayout layout;
    /**
     * The column widths as set: at least as wide as the longest English word of each header, and those of any
     * columns the approval boxes need to the right of the table.
     */
    private final int[] widths;
    private final FormStyles styles;
    /** Column ranges {first, last} of the approval boxes (or of the classification mark), left to right. */
    private final List<int[]> rightBlock;
    private int nextRow;
    private int headerRow = -1;
    /** The SHA-256 of the data rows, when the workbook asks for it (the audit book's cover); null otherwise. */
    private SheetDigest digest;

    FormSheet(FormWorkbook book, SXSSFSheet sheet, String title, List<FormColumn> columns, FormLayout layout) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a form needs at least one column");
        }
        this.book = book;
        this.sheet = sheet;
        this.title = title;
        this.columns = List.copyOf(columns);
        this.layout = layout;
        this.styles = book.styles();
        // a bold header word with its autofilter button: about 3 characters more than the word
        int[] tableWidths = columns.stream()
                .mapToInt(c -> Math.max(c.width(), FormText.longestLatinWord(c.label()) + 3))
                .toArray();
        int boxes = Math.max(1, book.settings().approvalTitles().size());
        int boxWidth = layout.fullSize() ? FULL_SIZE_APPROVAL_BOX_MIN_WIDTH : APPROVAL_BOX_MIN_WIDTH;
        this.rightBlock = rightBlock(tableWidths, boxes, boxWidth);
        // Boxes that did not fit in the table's own columns take extra ones to its right.
        int blockEnd = rightBlock.get(rightBlock.size() - 1)[1];
        this.widths = Arrays.copyOf(tableWidths, Math.max(tableWidths.length, blockEnd + 1));
        Arrays.fill(widths, tableWidths.length, widths.length, boxWidth);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        setUpPrinting();
    }

    /** Tells the progress after a data row; throws {@link CancellationException} when it answers false. */
    public static void report(FormProgress progress, long done, long total) {
        if (!progress.rowWritten(done, total)) {
            throw new CancellationException("form cancelled after " + done + " of " + total + " rows");
        }
    }

    /**
     * Writes the rows above the table: title and classification, {@code subtitle} (e.g. 「令和8年11月24日 現在
     * 60 件」) and organisation, the approval boxes from the settings, and the header row.
     */
    public void writeTitleBlock(String subtitle) {
        writeTitleRows(subtitle, null);
        writeHeaderRow();
    }

    /**
     * Writes the title block without the header row: title and classification, {@code subtitle} and
     * organisation, the approval boxes with {@code note} to their left (a line of its own when there are no
     * approval titles), and a spacer. What follows is up to the form.
     *
     * @param note text beside the approval boxes, wrapped (an addressee, an explanation); null or empty for none
     */
    public void writeTitleRows(String subtitle, String note) {
        if (nextRow != 0) {
            throw new IllegalStateException("the title block comes first");
        }
        int last = widths.length - 1;
        int blockStart = rightBlock.get(0)[0];
        // A ledger's mark and organisation lie over its approval boxes; those of a full-size form take only the
        // room they need at the right, and the title and subtitle the rest.
        int markFirst = blockStart;
        int organisationFirst = blockStart;
        String organisation = book.settings().organisationName();
        if (layout.fullSize()) {
            // the mark on one line where the sheet allows: 12 pt bold is about 1.25 times the base font
            markFirst = firstFromRight(Math.min(span(0, last) / 2,
                    Math.max(MARK_MIN_WIDTH, FormText.displayWidth(book.classificationLabel()) * 5 / 4 + 2)));
            organisationFirst = Math.min(markFirst, firstFromRight(FormText.displayWidth(organisation) + 2));
        }

        Row titleRow = newRow(TITLE_HEIGHT);
        merged(titleRow, 0, markFirst - 1, title, styles.title);
        merged(titleRow, markFirst, last, book.classificationLabel(), styles.classification);

        Row subtitleRow = newRow(LINE_HEIGHT);
        merged(subtitleRow, 0, organisationFirst - 1, subtitle, styles.subtitle);
        merged(subtitleRow, organisationFirst, last, organisation, styles.organisation);

        writeApprovalBoxes(note);
        // Printed gridlines would draw an empty grid in the blank parts of the title block, which reads as a
        // table to fill in; a merged cell prints as one plain frame instead.
        addSpacer();
    }

    /** The next row — a data row of the table, or a line of cells — filled left to right. */
    public FormRow addRow() {
        return addRow(layout.fullSize() ? LINE_HEIGHT : 0);
    }

    /**
     * The next row, at least {@code height} points tall (a line to sign by hand); it grows for wrapped text.
     * 0 leaves the sheet's default height, for one line.
     */
    public FormRow addRow(float height) {
        if (nextRow == 0) {
            throw new IllegalStateException("write the title block first");
        }
        if (digest != null && headerRow >= 0) {
            digest.startRow();
        }
        return new FormRow(this, sheet.createRow(nextRow++), height);
    }

    /** A section heading over the whole width (「1 受講状況」). */
    public void addHeading(String text) {
        merged(newRow(LINE_HEIGHT + 4), 0, widths.length - 1, text, styles.heading());
    }

    /** Wrapped text over the whole width, without a frame of its own (an instruction, a note under a table). */
    public void addParagraph(String text) {
        Row row = newRow(LINE_HEIGHT);
        merged(row, 0, widths.length - 1, text, styles.text);
        fit(row, text, 0, widths.length - 1, 4);
    }

    /** An empty, unframed line between blocks. */
    public void addSpacer() {
        merged(newRow(SPACER_HEIGHT), 0, widths.length - 1, null, styles.subtitle);
    }

    /**
     * The header row of the sheet's table, one label per column: frozen, filtered and repeated on every printed
     * page with the rows above it once {@link #finish()} is called. {@link #writeTitleBlock} writes it itself.
     */
    public void writeHeaderRow() {
        if (nextRow == 0 || headerRow >= 0) {
            throw new IllegalStateException("one header row, after the title block");
        }
        headerRow = nextRow++;
        Row row = sheet.createRow(headerRow);
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            String label = columns.get(c).label();
            text(row.createCell(c), label, styles.header);
            // the autofilter button takes about two more characters of the width
            lines = Math.max(lines, FormText.wrappedLines(label, widths[c] - 2));
        }
        row.setHeightInPoints(lines * FormStyles.LINE_POINTS + 6);
    }

    /** Computes the SHA-256 of the rows below the header as they are written ({@link SheetDigest} says how). */
    void digestData() {
        digest = new SheetDigest(columns.size());
    }

    /** Tells the digest the text of a data cell just written (nothing when the sheet is not digested). */
    void digestCell(int column, String text) {
        if (digest != null) {
            digest.cell(column, text);
        }
    }

    /** The hex SHA-256 of the data rows; call once, after the last row. */
    String dataDigest() {
        if (digest == null) {
            throw new IllegalStateException("the sheet is not digested");
        }
        return digest.finish();
    }

    /** The number of rows written below the header row. */
    long dataRows() {
        return headerRow < 0 ? 0 : nextRow - headerRow - 1;
    }

    /** The index of the header row (0-based), once it is written. */
    public int headerRowIndex() {
        return headerRow;
    }

    /** Freezes the panes below the header, sets the autofilter over the table and the rows repeated in print. */
    public void finish() {
        if (headerRow < 0) {
            throw new IllegalStateException("write the header row first");
        }
        int lastRow = Math.max(headerRow, nextRow - 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, columns.size() - 1));
        sheet.createFreezePane(0, headerRow + 1);
        // Title, approval boxes and header on every printed page (forms.md): rows 1..header, 1-based.
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + (headerRow + 1)));
    }

    /**
     * The approval boxes (押印欄/承認欄): one box per title from the settings, each a title cell, a tall cell
     * for a name or seal, and a date cell. The seal is optional (内閣府「押印を求める手続の見直し等のための
     * マニュアル」, 令和2年), so the boxes are labelled for a name and a date.
     */
    private void writeApprovalBoxes(String note) {
        List<String> titles = book.settings().approvalTitles();
        boolean hasNote = note != null && !note.isEmpty();
        if (titles.isEmpty()) {
            if (hasNote) {
                addParagraph(note);
            }
            return;
        }
        Messages messages = book.messages();
        Row titleRow = newRow(LINE_HEIGHT);
        Row nameRow = newRow(layout.fullSize() ? FULL_SIZE_APPROVAL_NAME_HEIGHT : APPROVAL_NAME_HEIGHT);
        Row dateRow = newRow(LINE_HEIGHT);
        int blockStart = rightBlock.get(0)[0];
        if (hasNote) {
            text(titleRow.createCell(0), note, styles.text);
            // a long note makes the name row taller rather than being cut off
            int lines = FormText.wrappedLines(note, span(0, blockStart - 1));
            float needed = lines * FormStyles.LINE_POINTS + 6 - 2 * LINE_HEIGHT;
            nameRow.setHeightInPoints(Math.max(nameRow.getHeightInPoints(), needed));
        }
        if (blockStart > 1 || hasNote) {
            sheet.addMergedRegion(new CellRangeAddress(titleRow.getRowNum(), dateRow.getRowNum(), 0, blockStart - 1));
        }
        for (int i = 0; i < titles.size(); i++) {
            int[] box = rightBlock.get(i);
            merged(titleRow, box[0], box[1], titles.get(i), styles.approvalTitle);
            merged(nameRow, box[0], box[1], messages.get("form.approval.name"), styles.approvalName);
            merged(dateRow, box[0], box[1], messages.get("form.approval.date"), styles.approvalDate);
        }
    }

    /** Writes text to a cell as a plain string, never as a formula (forms.md), quote-prefixed if it looks like one. */
    void text(Cell cell, String value, CellStyle style) {
        String shown = value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT - 1) + "…" : value;
        cell.setCellStyle(FormText.looksLikeFormula(shown) ? styles.quoted(style) : style);
        cell.setCellValue(shown);
    }

    /** A cell over columns first..last (merged when more than one), every cell styled so borders show. */
    private void merged(Row row, int first, int last, String value, CellStyle style) {
        if (last < first) {
            return;
        }
        for (int c = first; c <= last; c++) {
            Cell cell = row.createCell(c);
            if (c == first && value != null && !value.isEmpty()) {
                text(cell, value, style);
            } else {
                cell.setCellStyle(style);
            }
        }
        merge(row, first, last);
    }

    /** Merges columns first..last of the row into one cell, when they are more than one. */
    void merge(Row row, int first, int last) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
        }
    }

    /**
     * Makes the row tall enough for the text wrapped over columns first..last, with {@code padding} points
     * around it. SXSSF cannot measure text and LibreOffice does not re-fit row heights when it opens the file,
     * so the height is estimated and set here.
     */
    void fit(Row row, String value, int first, int last, int padding) {
        if (value == null || value.isEmpty()) {
            return;
        }
        float needed = FormText.wrappedLines(value, span(first, last)) * FormStyles.LINE_POINTS + padding;
        if (needed > row.getHeightInPoints()) {
            row.setHeightInPoints(needed);
        }
    }

    private Row newRow(float height) {
        Row row = sheet.createRow(nextRow++);
        row.setHeightInPoints(height);
        return row;
    }

    /** The first column of the narrowest block of whole columns at the right edge at least {@code width} wide. */
    private int firstFromRight(int width) {
        int col = widths.length - 1;
        int sum = widths[col];
        while (sum < width && col > 1) {
            sum += widths[--col];
        }
        return col;
    }

    /**
     * Groups columns from the right edge into {@code count} boxes, each at least {@code minWidth} wide
     * where the columns allow, keeping column A free for the title. A box lies over whole columns, so it
     * prints with the table and does not widen the page. When the table has too few columns, the last
     * boxes take extra columns to its right.
     *
     * @return {first, last} column of each box, left to right
     */
    static List<int[]> rightBlock(int[] widths, int count, int minWidth) {
        int columnCount = Math.max(widths.length, count + 1);
        int[] all = Arrays.copyOf(widths, columnCount);
        Arrays.fill(all, widths.length, columnCount, minWidth);
        List<int[]> boxes = new ArrayList<>();
        int col = columnCount - 1;
        for (int box = 0; box < count; box++) {
            int othersLeft = count - box - 1;
            int last = col;
            int width = 0;
            do {
                width += all[col--];
                // stop when wide enough, or when the remaining boxes (and column A) need the rest
            } while (width < minWidth && col > othersLeft);
            boxes.add(0, new int[] {col + 1, last});
        }
        return boxes;
    }

    private void setUpPrinting() {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(layout.landscape());
        // One page wide, as many pages tall as needed (forms.md): fitHeight 0 means "automatic".
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setPrintGridlines(layout.gridlines());
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.7);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);

        // Policy 2.3(2)②: the class is shown in the header and footer of every printed page.
        Messages messages = book.messages();
        String label = FormText.forHeaderFooter(book.classificationLabel(), 60);
        sheet.getHeader().setLeft(FormText.forHeaderFooter(book.settings().organisationName(), 60));
        sheet.getHeader().setCenter(FormText.forHeaderFooter(title, 60));
        sheet.getHeader().setRight("&B" + label + "&B");
        sheet.getFooter().setLeft(label);
        // form.page carries the &P / &N codes itself, so it is not escaped.
        sheet.getFooter().setCenter(messages.get("form.page"));
        sheet.getFooter().setRight(FormText.forHeaderFooter(
                messages.get("form.printDate", book.settings().dateStyle().format(book.printDate())), 60));
    }

    /** A column's width in characters as set (approval boxes past the table count as their minimum width). */
    int columnWidth(int column) {
        return column < widths.length ? widths[column] : APPROVAL_BOX_MIN_WIDTH;
    }

    /**
     * The POI sheet underneath, for forms that are not a table (a one-page portrait certificate with merged
     * cells); table forms use the methods here.
     */
    SXSSFSheet poiSheet() {
        return sheet;
    }

    FormStyles styles() {
        return styles;
    }

    /** Whether every cell is framed (a {@link FormLayout#fullSize() full-size} form). */
    boolean framed() {
        return layout.fullSize();
    }

    /** The number of columns, the table's and any the approval boxes added. */
    int columnCount() {
        return widths.length;
    }

    /** The width of columns first..last together, in half-width characters. */
    int span(int first, int last) {
        int sum = 0;
        for (int c = first; c <= last; c++) {
            sum += widths[c];
        }
        return sum;
    }

    FormWorkbook book() {
        return book;
    }
}
