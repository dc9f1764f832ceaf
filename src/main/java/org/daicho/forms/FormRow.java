package org.daicho.forms;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.daicho.domain.DateStyle;

/**
 * One data row of a {@link FormSheet}, filled left to right: each call writes the next column. Empty
 * values (null, "") leave an empty cell. Text always becomes a plain string cell, never a formula.
 */
public final class FormRow {

    private final FormSheet sheet;
    private final FormStyles styles;
    private final Row row;
    private int column;
    private int lines = 1;

    FormRow(FormSheet sheet, Row row) {
        this.sheet = sheet;
        this.styles = sheet.styles();
        this.row = row;
    }

    /** Text, left-aligned and wrapped (names, notes, labels). */
    public FormRow text(String value) {
        return text(value, styles.text);
    }

    /** Short text centred in its column (marks such as ○/×, codes). */
    public FormRow centred(String value) {
        return text(value, styles.centred);
    }

    /** A number cell, centred (e.g. the classes 3/2/1); null leaves the cell empty. */
    public FormRow number(Number value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(styles.number);
            cell.setCellValue(value.doubleValue());
        }
        column++;
        return this;
    }

    /**
     * A date in the organisation's style: 西暦 as a real date cell (yyyy/mm/dd, sortable and filterable),
     * 和暦 as the text 令和8年4月1日, which Excel's own era formats do not show the same way everywhere.
     */
    public FormRow date(LocalDate value) {
        if (value == null) {
            column++;
            return this;
        }
        DateStyle style = sheet.book().settings().dateStyle();
        if (style == DateStyle.SEIREKI) {
            Cell cell = row.createCell(column++);
            cell.setCellStyle(styles.date);
            cell.setCellValue(value);
            return this;
        }
        return centred(style.format(value));
    }

    /** ○ / × (form.yes / form.no). */
    public FormRow yesNo(boolean value) {
        return centred(sheet.book().messages().get(value ? "form.yes" : "form.no"));
    }

    /** Leaves the next cell empty. */
    public FormRow skip() {
        column++;
        return this;
    }

    private FormRow text(String value, CellStyle style) {
        if (value != null && !value.isEmpty()) {
            sheet.text(row.createCell(column), value, style);
            growFor(value);
        }
        column++;
        return this;
    }

    /**
     * Makes the row tall enough for wrapped text. SXSSF cannot measure text and LibreOffice does not
     * re-fit row heights when it opens the file, so the height is estimated and set here.
     */
    private void growFor(String value) {
        int needed = FormText.wrappedLines(value, sheet.columnWidth(column));
        if (needed > lines) {
            lines = needed;
            row.setHeightInPoints(lines * FormStyles.LINE_POINTS + 3);
        }
    }
}
