package org.daicho.forms;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.daicho.domain.OrganisationSettings;
import org.daicho.i18n.Messages;

/**
 * One exported form file: a streaming workbook with the rules common to every form (forms.md, "Common to
 * every exported form"). The classification of the file — the highest 機密性 of its rows — is shown in the
 * file name ({@link #fileName}), the document properties and every sheet's print header, as policy
 * 2.3(2)② asks.
 *
 * <p>Use it in try-with-resources: {@link #close()} deletes the temporary files of the streaming workbook
 * also when the form is cancelled or fails half-way.
 *
 * <pre>{@code
 * try (FormWorkbook book = new FormWorkbook(messages, settings, title, highest, printDate)) {
 *     FormSheet sheet = book.createSheet(title, columns);
 *     sheet.writeTitleBlock(subtitle);
 *     for (...) { FormRow row = sheet.addRow(); row.text(..).number(..); FormSheet.report(progress, ++done, total); }
 *     sheet.finish();
 *     book.write(out);
 * }
 * }</pre>
 */
public final class FormWorkbook implements Closeable {

    /** Rows kept in memory per sheet; older rows go to a temporary file (100,000 rows fit in 256 MB). */
    public static final int ROW_WINDOW = 100;

    private final Messages messages;
    private final OrganisationSettings settings;
    private final String title;
    private final int highestConfidentiality;
    private final LocalDate printDate;
    private final SXSSFWorkbook workbook;
    private final FormStyles styles;
    /** Whether new sheets compute the SHA-256 of their data (the audit book). */
    private boolean digestSheets;

    /**
     * @param title                  the form title, e.g. 情報資産管理台帳 (document title and default sheet title)
     * @param highestConfidentiality the highest 機密性 (1–3) of all the rows in the file
     * @param printDate              the date printed in the footer and used in the file name
     */
    public FormWorkbook(Messages messages, OrganisationSettings settings, String title, int highestConfidentiality,
            LocalDate printDate) {
        if (highestConfidentiality < 1 || highestConfidentiality > 3) {
            throw new IllegalArgumentException("機密性 must be 1–3: " + highestConfidentiality);
        }
        this.messages = Objects.requireNonNull(messages);
        this.settings = Objects.requireNonNull(settings);
        this.title = Objects.requireNonNull(title);
        this.highestConfidentiality = highestConfidentiality;
        this.printDate = Objects.requireNonNull(printDate);
        this.workbook = new EncryptedTempWorkbook();
        this.styles = new FormStyles(workbook);
        writeDocumentProperties();
    }

    /**
     * The classification mark, e.g. 「機密性3 取扱注意」; 「機密性1」 for public information.
     */
    public static String classificationLabel(Messages messages, int confidentiality) {
        return confidentiality >= 2
                ? messages.get("form.classification.label", confidentiality)
                : messages.get("form.classification.public");
    }

    /**
     * The file name of a form: {@code 機密性{n}_{title}_{suffix}.xlsx}, e.g. 機密性3_情報資産管理台帳_20261124.xlsx
     * or 機密性2_持出記録簿_令和8年度.xlsx (forms.md). Characters Windows forbids are removed.
     *
     * @param suffix what tells this file from the others of the same form: the print date (yyyyMMdd) or the 年度
     */
    public static String fileName(Messages messages, int confidentiality, String title, String suffix) {
        String name = messages.get("form.file.classification", String.valueOf(confidentiality)) + "_" + title
                + (suffix == null || suffix.isBlank() ? "" : "_" + suffix);
        return FormText.safeFileName(name) + ".xlsx";
    }

    /**
     * Adds a sheet laid out as a wide form table ({@link FormLayout#LEDGER}) with the given columns;
     * {@code sheetTitle} heads it and its print header.
     */
    public FormSheet createSheet(String sheetTitle, List<FormColumn> columns) {
        return createSheet(sheetTitle, columns, FormLayout.LEDGER);
    }

    /**
     * Adds a sheet with the given columns, printed as {@code layout} says. A form that is not one table (a
     * report) lays its blocks on the columns and may leave their labels empty.
     */
    public FormSheet createSheet(String sheetTitle, List<FormColumn> columns, FormLayout layout) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetTitle));
        FormSheet made = new FormSheet(this, sheet, sheetTitle, columns, layout);
        if (digestSheets) {
            made.digestData();
        }
        return made;
    }

    /** Makes the sheets created from now on compute the SHA-256 of their data rows as they are written. */
    void digestSheets() {
        this.digestSheets = true;
    }

    /** Writes the finished workbook; the stream is left open. */
    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /**
     * Deletes the temporary files and releases the workbook, also after a cancel or a failure.
     *
     * <p>POI 5.5's {@code close()} disposes of the temporary files itself (bug 68183), but it closes the
     * sheet writers first, so on a workbook that was never written (a cancelled form) it tries to flush the
     * last rows into a closed writer and logs a "Failed to dispose sheet: Stream closed" warning. Disposing
     * first, while the writers are open, deletes the files cleanly; {@code close()} then has nothing left.
     */
    @Override
    @SuppressWarnings("deprecation") // dispose(): see above
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }

    public String title() {
        return title;
    }

    public int highestConfidentiality() {
        return highestConfidentiality;
    }

    public String classificationLabel() {
        return classificationLabel(messages, highestConfidentiality);
    }

    public LocalDate printDate() {
        return printDate;
    }

    Messages messages() {
        return messages;
    }

    OrganisationSettings settings() {
        return settings;
    }

    FormStyles styles() {
        return styles;
    }

    /** Title, category and keywords carry the classification, so a file manager shows it (policy 2.3(2)②). */
    private void writeDocumentProperties() {
        POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
        String label = classificationLabel();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setCategory(label);
        core.setKeywords(label);
        core.setCreator(settings.organisationName());
        properties.getExtendedProperties().setCompany(settings.organisationName());
    }

    /**
     * A streaming workbook whose temporary sheet files are encrypted ({@link EncryptedTempSheetWriter}) and whose
     * zip entries are compressed at deflate's fastest level. The default level (6) spent 11 s of a year's audit
     * book of the ten-year data compressing 1.7 million history rows (issue 7: the book in 1.5 × a bare POI loop);
     * level 1 takes about a third of that and makes the file about a fifth bigger. The files stay ordinary .xlsx.
     */
    private static final class EncryptedTempWorkbook extends SXSSFWorkbook {

        EncryptedTempWorkbook() {
            super(ROW_WINDOW);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new EncryptedTempSheetWriter();
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }
}
