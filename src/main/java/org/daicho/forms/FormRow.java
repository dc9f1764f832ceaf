package org.daicho.forms;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.daicho.domain.DateStyle;

/**
 * One row of a {@link FormSheet}, filled left to right: each call writes the next column, or the next
 * {@link #span} columns merged into one cell. Empty values (null, "") leave an empty cell — framed on a
 * {@link FormLayout#fullSize() full-size} form, where every cell is framed. Text always becomes a plain string
 * cell, never a formula.
 */
public final class FormRow {

    /** Points above and below wrapped text: a framed cell, centred on its line, needs one more. */
    private static final int PADDING = 3;
    private static final int FRAMED_PADDING = 4;
    /** A label is bold on a grey fill, as the header row. */
    private static final int LABEL_PADDING = 6;

    private final FormSheet sheet;
    private final FormStyles styles;
    private final Row row;
    /** The least height set when the row was made, 0 for the sheet's default (one line). */
    private final float minHeight;
    private int column;
    private int span = 1;
    private boolean highlight;

    FormRow(FormSheet sheet, Row row, float minHeight) {
        this.sheet = sheet;
        this.styles = sheet.styles();
        this.row = row;
        this.minHeight = minHeight;
        if (minHeight > 0) {
            row.setHeightInPoints(minHeight);
        }
    }

    /** Text, left-aligned and wrapped (names, notes, labels). */
    public FormRow text(String value) {
        return text(value, styles.text);
    }

    /** Short text centred in its column (marks such as ○/×, codes). */
    public FormRow centred(String value) {
        return text(value, styles.centred);
    }

    /**
     * A label: bold and centred on grey, as the header row — the header of a small table, or the label of a
     * label/value block. Never highlighted.
     */
    public FormRow label(String value) {
        return text(value, styles.header);
    }

    /** A number cell, centred (e.g. the classes 3/2/1); null leaves the cell empty. */
    public FormRow number(Number value) {
        int first = column;
        Cell cell = next(styles.number, value != null);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            sheet.digestCell(first, SheetDigest.number(value));
        }
        return this;
    }

    /** {@code fraction} (0–1) shown as 「71.4%」: the cell keeps the exact value for sums and checks. */
    public FormRow percent(double fraction) {
        sheet.digestCell(column, SheetDigest.number(fraction));
        next(styles.percent(), true).setCellValue(fraction);
        return this;
    }

    /**
     * A date in the organisation's style: 西暦 as a real date cell (yyyy/mm/dd, sortable and filterable),
     * 和暦 as the text 令和8年4月1日, which Excel's own era formats do not show the same way everywhere.
     */
    public FormRow date(LocalDate value) {
        if (value == null) {
            return centred(null);
        }
        DateStyle style = sheet.book().settings().dateStyle();
        if (style == DateStyle.SEIREKI) {
            sheet.digestCell(column, SheetDigest.date(value));
            next(styles.date, true).setCellValue(value);
            return this;
        }
        return centred(style.format(value));
    }

    /** ○ / × (form.yes / form.no). */
    public FormRow yesNo(boolean value) {
        return centred(sheet.book().messages().get(value ? "form.yes" : "form.no"));
    }

    /** Leaves the next cell empty (a 署名欄 to fill in by hand). */
    public FormRow skip() {
        next(styles.text, false);
        return this;
    }

    /** Makes the next cell span {@code columns} columns, merged into one. */
    public FormRow span(int columns) {
        if (columns < 1 || column + columns > sheet.columnCount()) {
            throw new IllegalArgumentException("span " + columns + " from column " + column);
        }
        this.span = columns;
        return this;
    }

    /** Colours the cells written after this call light red (a row that needs attention), or stops. */
    public FormRow highlight(boolean on) {
        this.highlight = on;
        return this;
    }

    private FormRow text(String value, CellStyle base) {
        int first = column;
        boolean hasValue = value != null && !value.isEmpty();
        Cell cell = next(base, hasValue);
        if (hasValue) {
            sheet.text(cell, value, cell.getCellStyle());
            sheet.digestCell(first, cell.getStringCellValue());
            growFor(value, first, base == styles.header ? LABEL_PADDING
                    : sheet.framed() ? FRAMED_PADDING : PADDING);
        }
        return this;
    }

    /**
     * Takes the next cell (over the {@link #span} columns) and returns its first, styled; null when it stays
     * empty and unframed, so no cell is written at all.
     */
    private Cell next(CellStyle base, boolean hasValue) {
        int first = column;
        int last = column + span - 1;
        column += span;
        span = 1;
        if (!hasValue && !sheet.framed()) {
            return null;
        }
        CellStyle style = base;
        if (base != styles.header) {
            style = sheet.framed() ? styles.framed(style) : style;
            style = highlight ? styles.highlighted(style) : style;
        }
        Cell cell = null;
        for (int c = first; c <= last; c++) {
            Cell made = row.createCell(c);
            made.setCellStyle(style);
            cell = cell == null ? made : cell;
        }
        sheet.merge(row, first, last);
        return cell;
    }

    /**
     * Makes the row tall enough for wrapped text. A row of the default height is for one line, so it grows
     * only for text that wraps; a row made with its own height grows for any text that needs more.
     */
    private void growFor(String value, int first, int padding) {
        int last = column - 1;
        if (minHeight <= 0 && FormText.wrappedLines(value, sheet.span(first, last)) <= 1) {
            return;
        }
        sheet.fit(row, value, first, last, padding);
    }
}
