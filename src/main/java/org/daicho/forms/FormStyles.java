package org.daicho.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The handful of cell styles every form shares. Created once per workbook: a style per cell would hit
 * Excel's limit of 64,000 styles long before 100,000 rows, and bloat the file. The variants of a style (quoted,
 * framed, highlighted, percent) and the heading are made on first use, once each, so a form that needs none of
 * them has none in its file.
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
    /** Excel's "light red fill": the rows that need attention. */
    private static final byte[] HIGHLIGHT_RGB = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};

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
    /** Variants by kind and base style index. */
    private final Map<String, CellStyle> variants = new HashMap<>();
    private CellStyle heading;

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
     * then show it as text and keep it text when the cell is edited.
     */
    CellStyle quoted(CellStyle base) {
        return variant("quoted", base, copy -> copy.setQuotePrefixed(true));
    }

    /** The same style framed with thin lines and centred on its line: a cell of a form printed at full size. */
    CellStyle framed(CellStyle base) {
        return variant("framed", base, copy -> {
            copy.setVerticalAlignment(VerticalAlignment.CENTER);
            border(copy, BorderStyle.THIN);
        });
    }

    /** The same style filled light red: a row that needs attention. */
    CellStyle highlighted(CellStyle base) {
        return variant("highlighted", base, copy -> {
            ((XSSFCellStyle) copy).setFillForegroundColor(new XSSFColor(HIGHLIGHT_RGB, null));
            copy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        });
    }

    /** A fraction shown as a percentage with one decimal (「71.4%」), centred as {@link #number}. */
    CellStyle percent() {
        return variant("percent", number, copy -> copy.setDataFormat(workbook.createDataFormat().getFormat("0.0%")));
    }

    /** A section heading (「1 受講状況」): 11 pt bold on the bottom of its line. */
    CellStyle heading() {
        if (heading == null) {
            heading = workbook.createCellStyle();
            heading.setFont(font((short) 11, true));
            heading.setVerticalAlignment(VerticalAlignment.BOTTOM);
        }
        return heading;
    }

    private CellStyle variant(String kind, CellStyle base, Consumer<CellStyle> change) {
        return variants.computeIfAbsent(kind + base.getIndex(), key -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(base);
            change.accept(copy);
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
