package org.daicho.forms;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The handful of cell styles every form shares. Created once per workbook: a style per cell would hit
 * Excel's limit of 64,000 styles long before 100,000 rows, and bloat the file.
 */
final class FormStyles {

    /**
     * The base font of every form. ＭＳ Ｐゴシック is on every Japanese Windows and has a compact line, so the
     * row heights the forms set (SXSSF cannot measure text) hold; 游ゴシック's taller line would clip wrapped
     * text. Other systems substitute their own Japanese gothic (LibreOffice on Linux takes IPAPGothic).
     */
    static final String FONT_NAME = "ＭＳ Ｐゴシック";
    static final short BASE_POINTS = 10;
    /** The height of one line of {@link #BASE_POINTS} text in a wrapped cell, in points. */
    static final float LINE_POINTS = 12.5f;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle classification;
    final CellStyle organisation;
    final CellStyle approvalTitle;
    final CellStyle approvalName;
    final CellStyle approvalDate;
    final CellStyle header;
    final CellStyle text;
    final CellStyle centred;
    final CellStyle number;
    final CellStyle date;

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    FormStyles(Workbook workbook) {
        this.workbook = workbook;
        // Font 0 is the "Normal" font: column widths are measured in its digits, so set it first.
        Font base = workbook.getFontAt(0);
        base.setFontName(FONT_NAME);
        base.setFontHeightInPoints(BASE_POINTS);

        Font bold = font(BASE_POINTS, true);
        Font small = font((short) 8, false);
        small.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

        title = workbook.createCellStyle();
        title.setFont(font((short) 16, true));
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        subtitle = workbook.createCellStyle();
        subtitle.setVerticalAlignment(VerticalAlignment.CENTER);

        // The classification mark top right, framed like the 「取扱注意」 stamp on paper (policy 2.3(2)②).
        classification = workbook.createCellStyle();
        Font mark = font((short) 12, true);
        mark.setColor(IndexedColors.DARK_RED.getIndex());
        classification.setFont(mark);
        classification.setAlignment(HorizontalAlignment.CENTER);
        classification.setVerticalAlignment(VerticalAlignment.CENTER);
        classification.setWrapText(true);
        border(classification, BorderStyle.MEDIUM);

        organisation = workbook.createCellStyle();
        organisation.setAlignment(HorizontalAlignment.RIGHT);
        organisation.setVerticalAlignment(VerticalAlignment.CENTER);

        approvalTitle = workbook.createCellStyle();
        approvalTitle.setAlignment(HorizontalAlignment.CENTER);
        approvalTitle.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(approvalTitle);
        border(approvalTitle, BorderStyle.THIN);

        approvalName = workbook.createCellStyle();
        approvalName.setFont(small);
        approvalName.setVerticalAlignment(VerticalAlignment.TOP);
        border(approvalName, BorderStyle.THIN);

        approvalDate = workbook.createCellStyle();
        approvalDate.setFont(small);
        approvalDate.setVerticalAlignment(VerticalAlignment.CENTER);
        border(approvalDate, BorderStyle.THIN);

        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        fill(header);
        border(header, BorderStyle.THIN);

        // Data cells wrap, so long names and the 取扱制限 stay inside their column when fitted to one page wide.
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setWrapText(true);

        centred = workbook.createCellStyle();
        centred.setAlignment(HorizontalAlignment.CENTER);
        centred.setVerticalAlignment(VerticalAlignment.TOP);
        centred.setWrapText(true);

        number = workbook.createCellStyle();
        number.setAlignment(HorizontalAlignment.CENTER);
        number.setVerticalAlignment(VerticalAlignment.TOP);

        date = workbook.createCellStyle();
        date.setAlignment(HorizontalAlignment.CENTER);
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd"));
    }

    /**
     * The same style with the quote prefix set, for text that looks like a formula: Excel and LibreOffice
     * then show it as text and keep it text when the cell is edited. One copy per base style, made on demand.
     */
    CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base, b -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(b);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }

    private Font font(short points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(FONT_NAME);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    private static void fill(CellStyle style) {
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void border(CellStyle style, BorderStyle line) {
        style.setBorderTop(line);
        style.setBorderBottom(line);
        style.setBorderLeft(line);
        style.setBorderRight(line);
    }
}
