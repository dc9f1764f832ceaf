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
 * row 2-4                                [担当][係長][課長][事務局長]  approval boxes: title, name (tall), date
 * row 5   (spacer)                                     (rows 2-4 are left out when there are no titles)
 * row 6   header row — frozen, filtered, repeated on every printed page with the rows above
 * row 7…  data rows
 * </pre>
 *
 * Rows are streamed: write the title block first, then {@link #addRow()} in order, then {@link #finish()}.
 * Printing: A4 landscape, one page wide, gridlines, the classification in the print header (policy 2.3(2)②).
 */
public final class FormSheet {

    /**
     * The least width, in half-width characters, of one approval box. Fitting a wide table such as the
     * ledger to one A4 page shrinks it to about 40 %, and a box must still take a written name or a seal.
     */
    static final int APPROVAL_BOX_MIN_WIDTH = 20;

    private static final float TITLE_HEIGHT = 30;
    private static final float LINE_HEIGHT = 18;
    private static final float APPROVAL_NAME_HEIGHT = 48;
    private static final float SPACER_HEIGHT = 9;
    /** Excel's limit for the text of one cell. */
    private static final int MAX_CELL_TEXT = 32_767;

    private final FormWorkbook book;
    private final SXSSFSheet sheet;
    private final String title;
    private final List<FormColumn> columns;
    /** The column widths as set: at least as wide as the longest English word of each header. */
    private final int[] widths;
    private final FormStyles styles;
    /** Column ranges {first, last} of the approval boxes (or of the classification mark), left to right. */
    private final List<int[]> rightBlock;
    private int nextRow;
    private int headerRow = -1;

    /**
     * The POI sheet underneath, for forms that are not a table (a one-page portrait certificate with merged
     * cells); table forms use the methods here.
     */
    SXSSFSheet poiSheet() {
        return sheet;
    }

    FormSheet(FormWorkbook book, SXSSFSheet sheet, String title, List<FormColumn> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a form needs at least one column");
        }
        this.book = book;
        this.sheet = sheet;
        this.title = title;
        this.columns = List.copyOf(columns);
        this.styles = book.styles();
        // a bold header word with its autofilter button: about 3 characters more than the word
        this.widths = columns.stream()
                .mapToInt(c -> Math.max(c.width(), FormText.longestLatinWord(c.label()) + 3))
                .toArray();
        int boxes = Math.max(1, book.settings().approvalTitles().size());
        this.rightBlock = rightBlock(widths, boxes, APPROVAL_BOX_MIN_WIDTH);
        setColumnWidths();
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
        if (nextRow != 0) {
            throw new IllegalStateException("the title block comes first");
        }
        int blockStart = rightBlock.get(0)[0];
        int blockEnd = rightBlock.get(rightBlock.size() - 1)[1];

        Row titleRow = sheet.createRow(nextRow++);
        titleRow.setHeightInPoints(TITLE_HEIGHT);
        merged(titleRow, 0, blockStart - 1, title, styles.title);
        merged(titleRow, blockStart, blockEnd, book.classificationLabel(), styles.classification);

        Row subtitleRow = sheet.createRow(nextRow++);
        subtitleRow.setHeightInPoints(LINE_HEIGHT);
        merged(subtitleRow, 0, blockStart - 1, subtitle, styles.subtitle);
        merged(subtitleRow, blockStart, blockEnd, book.settings().organisationName(), styles.organisation);

        writeApprovalBoxes();

        // Printed gridlines would draw an empty grid in the blank parts of the title block, which reads as a
        // table to fill in; a merged cell prints as one plain frame instead.
        Row spacer = sheet.createRow(nextRow++);
        spacer.setHeightInPoints(SPACER_HEIGHT);
        merged(spacer, 0, blockEnd, null, styles.subtitle);
        writeHeaderRow();
    }

    /** The next data row; fill it left to right. */
    public FormRow addRow() {
        if (headerRow < 0) {
            throw new IllegalStateException("write the title block first");
        }
        return new FormRow(this, sheet.createRow(nextRow++));
    }

    /** The index of the header row (0-based), once the title block is written. */
    public int headerRowIndex() {
        return headerRow;
    }

    /** Freezes the panes below the header, sets the autofilter over the table and the rows repeated in print. */
    public void finish() {
        if (headerRow < 0) {
            throw new IllegalStateException("write the title block first");
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
    private void writeApprovalBoxes() {
        List<String> titles = book.settings().approvalTitles();
        if (titles.isEmpty()) {
            return;
        }
        Messages messages = book.messages();
        Row titleRow = sheet.createRow(nextRow++);
        Row nameRow = sheet.createRow(nextRow++);
        Row dateRow = sheet.createRow(nextRow++);
        titleRow.setHeightInPoints(LINE_HEIGHT);
        nameRow.setHeightInPoints(APPROVAL_NAME_HEIGHT);
        dateRow.setHeightInPoints(LINE_HEIGHT);
        int blockStart = rightBlock.get(0)[0];
        if (blockStart > 1) {
            sheet.addMergedRegion(new CellRangeAddress(titleRow.getRowNum(), dateRow.getRowNum(), 0, blockStart - 1));
        }
        for (int i = 0; i < titles.size(); i++) {
            int[] box = rightBlock.get(i);
            merged(titleRow, box[0], box[1], titles.get(i), styles.approvalTitle);
            merged(nameRow, box[0], box[1], messages.get("form.approval.name"), styles.approvalName);
            merged(dateRow, box[0], box[1], messages.get("form.approval.date"), styles.approvalDate);
        }
    }

    private void writeHeaderRow() {
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
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
        }
    }

    private void setColumnWidths() {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        // Boxes that did not fit in the table's own columns take extra ones to its right.
        int blockEnd = rightBlock.get(rightBlock.size() - 1)[1];
        for (int c = widths.length; c <= blockEnd; c++) {
            sheet.setColumnWidth(c, APPROVAL_BOX_MIN_WIDTH * 256);
        }
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
        print.setLandscape(true);
        // One page wide, as many pages tall as needed (forms.md): fitHeight 0 means "automatic".
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setPrintGridlines(true);
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

    FormStyles styles() {
        return styles;
    }

    int columnWidth(int column) {
        return column < widths.length ? widths[column] : APPROVAL_BOX_MIN_WIDTH;
    }

    FormWorkbook book() {
        return book;
    }
}
