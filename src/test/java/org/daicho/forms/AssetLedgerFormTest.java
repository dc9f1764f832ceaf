package org.daicho.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetField;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.Classification;
import org.daicho.domain.DateStyle;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetLedgerFormTest {

    private static final String ORGANISATION = "試験市環境衛生組合";
    private static final LocalDate PRINT_DATE = LocalDate.of(2026, 11, 24);
    /** Title, as-of line, three approval rows, spacer: the header is the 7th row. */
    private static final int HEADER_ROW = 6;
    private static final int FIRST_DATA_ROW = HEADER_ROW + 1;

    private final Messages messages = Messages.japanese();

    @TempDir
    Path dir;

    private static OrganisationSettings settings(DateStyle dateStyle) {
        return new OrganisationSettings(ORGANISATION, List.of("担当", "係長", "課長", "事務局長"), dateStyle,
                OrganisationSettings.defaultPrefixes());
    }

    /** A synthetic asset; only number, name, classes and note vary between the test rows. */
    private static LedgerEntry entry(String assetNo, String name, Classification classes, String note) {
        Asset asset = new Asset(1L, assetNo, "総務", name, AssetKind.TERMINAL, "内蔵SSD", NetworkZone.LGWAN,
                "試験電機", "TX-100", "SN-0001", 1L, 2L, "総務係", classes, PersonalInfoKind.PERSONAL,
                "事務室 書庫A", true, false, LocalDate.of(2026, 4, 1), Ownership.LEASED, LocalDate.of(2031, 3, 31),
                AssetStatus.IN_USE, null, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 10, 1), null, note);
        return new LedgerEntry(asset, "総務課", "試験 太郎");
    }

    private static List<LedgerEntry> sample() {
        return List.of(
                entry("PC-0001", "試験用端末", new Classification(3, 2, 2), "備考なし"),
                entry("PC-0002", "試験用端末２", new Classification(2, 1, 1), ""),
                entry("PC-0003", "公開用端末", Classification.LOWEST, null));
    }

    private Path write(List<LedgerEntry> entries, DateStyle style, String filter) throws IOException {
        Path file = dir.resolve("ledger-" + style + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new AssetLedgerForm(messages, settings(style)).write(entries, filter, PRINT_DATE, out, FormProgress.NONE);
        }
        return file;
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(Row row, AssetField field) {
        return row.getCell(field.ordinal()).getStringCellValue();
    }

    private static double number(Row row, AssetField field) {
        return row.getCell(field.ordinal()).getNumericCellValue();
    }

    @Test
    void headerRowHasOneLabelPerFieldInEnumOrder() throws IOException {
        try (XSSFWorkbook book = read(write(sample(), DateStyle.WAREKI, ""))) {
            Row header = book.getSheetAt(0).getRow(HEADER_ROW);
            List<String> labels = new ArrayList<>();
            header.forEach(cell -> labels.add(cell.getStringCellValue()));
            assertThat(labels).hasSize(AssetField.values().length)
                    .startsWith("管理番号", "業務分類", "情報資産名称", "種別")
                    .endsWith("廃棄記録番号", "備考");
            for (AssetField field : AssetField.values()) {
                assertThat(labels.get(field.ordinal())).isEqualTo(messages.get("asset.field." + field.name()));
            }
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void titleBlockCarriesTitleClassificationOrganisationAndAsOfLine() throws IOException {
        try (XSSFWorkbook book = read(write(sample(), DateStyle.WAREKI, "種別=端末"))) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> top = new ArrayList<>();
            Stream.of(0, 1).forEach(r -> sheet.getRow(r).forEach(c -> top.add(c.getStringCellValue())));
            assertThat(top).contains("情報資産管理台帳", "機密性3 取扱注意", ORGANISATION,
                    "令和8年11月24日 現在　3 件（絞り込み: 種別=端末）");
        }
    }

    @Test
    void approvalBoxesHaveTitleNameAndDateCellsAtTheRightEdge() throws IOException {
        try (XSSFWorkbook book = read(write(sample(), DateStyle.WAREKI, ""))) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row titles = sheet.getRow(2);
            List<String> boxTitles = new ArrayList<>();
            titles.forEach(c -> {
                if (!c.getStringCellValue().isEmpty()) {
                    boxTitles.add(c.getStringCellValue());
                }
            });
            assertThat(boxTitles).containsExactly("担当", "係長", "課長", "事務局長");
            // the name/seal cell is tall; each box is framed
            assertThat(sheet.getRow(3).getHeightInPoints()).isGreaterThan(2 * sheet.getRow(2).getHeightInPoints());
            int last = AssetField.values().length - 1;
            assertThat(sheet.getRow(3).getCell(last).getCellStyle().getBorderRight().getCode()).isPositive();
            assertThat(sheet.getRow(4).getCell(last).getStringCellValue()).isEqualTo("日付");
            // the last box ends on the table's last column, so it prints inside the page width;
            // boxes over two narrow columns are merged
            assertThat(titles.getCell(last).getStringCellValue()).isEqualTo("事務局長");
            assertThat(sheet.getMergedRegions()).anyMatch(region -> region.getFirstRow() == 2
                    && region.getLastColumn() > region.getFirstColumn());
        }
    }

    @Test
    void rowCarriesLabelsClassesRestrictionsAndWarekiDates() throws IOException {
        try (XSSFWorkbook book = read(write(sample(), DateStyle.WAREKI, ""))) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row row = sheet.getRow(FIRST_DATA_ROW);
            assertThat(text(row, AssetField.ASSET_NO)).isEqualTo("PC-0001");
            assertThat(text(row, AssetField.KIND)).isEqualTo("端末");
            assertThat(text(row, AssetField.NETWORK_ZONE)).isEqualTo("LGWAN接続系");
            assertThat(text(row, AssetField.SECTION)).isEqualTo("総務課");
            assertThat(text(row, AssetField.MANAGER)).isEqualTo("試験 太郎");
            assertThat(number(row, AssetField.CONFIDENTIALITY)).isEqualTo(3);
            assertThat(number(row, AssetField.INTEGRITY)).isEqualTo(2);
            assertThat(number(row, AssetField.AVAILABILITY)).isEqualTo(2);
            assertThat(text(row, AssetField.RESTRICTIONS))
                    .startsWith("支給外端末での作業禁止、複製・配付の制限、")
                    .endsWith("媒体の施錠保管");
            assertThat(text(row, AssetField.LOCKED_STORAGE)).isEqualTo("○");
            assertThat(text(row, AssetField.ENCRYPTED)).isEqualTo("×");
            assertThat(text(row, AssetField.OWNERSHIP)).isEqualTo("リース");
            assertThat(text(row, AssetField.STATUS)).isEqualTo("使用中");
            assertThat(text(row, AssetField.ACQUIRED_ON)).isEqualTo("令和8年4月1日");
            assertThat(text(row, AssetField.LEASE_ENDS_ON)).isEqualTo("令和13年3月31日");
            assertThat(row.getCell(AssetField.RETENTION_UNTIL.ordinal())).isNull();
            assertThat(row.getCell(AssetField.DISPOSAL_RECORD_NO.ordinal())).isNull();

            Row lowest = sheet.getRow(FIRST_DATA_ROW + 2);
            assertThat(text(lowest, AssetField.RESTRICTIONS)).isEqualTo(messages.get("restriction.none"));
            // the long 取扱制限 wraps, and its row is made tall enough for it (SXSSF does not measure text)
            assertThat(row.getHeightInPoints()).isGreaterThan(3 * lowest.getHeightInPoints());
            assertThat(lowest.getCell(AssetField.NOTE.ordinal())).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(FIRST_DATA_ROW + 2);
        }
    }

    @Test
    void seirekiDatesAreRealDateCells() throws IOException {
        try (XSSFWorkbook book = read(write(sample(), DateStyle.SEIREKI, ""))) {
            Cell acquired = book.getSheetAt(0).getRow(FIRST_DATA_ROW).getCell(AssetField.ACQUIRED_ON.ordinal());
            assertThat(acquired.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(acquired)).isTrue();
            assertThat(acquired.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(acquired.getCellStyle().getDataFormatString()).isEqualTo("yyyy/mm/dd");
        }
    }

    @Test
    void printsA4LandscapeOnePageWideWithRepeatedTitleRowsAndGridlines() throws IOException {
        try (XSSFWorkbook book = read(write(sample(), DateStyle.WAREKI, ""))) {
            XSSFSheet sheet = book.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.isPrintGridlines()).isTrue();
            CellRangeAddress repeated = sheet.getRepeatingRows();
            assertThat(repeated.getFirstRow()).isZero();
            assertThat(repeated.getLastRow()).isEqualTo(HEADER_ROW);
        }
    }

    @Test
    void headerIsFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook book = read(write(sample(), DateStyle.WAREKI, ""))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(FIRST_DATA_ROW);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            // header row through the last data row, first to last column (A7:AC10)
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(new CellRangeAddress(
                    HEADER_ROW, FIRST_DATA_ROW + 2, 0, AssetField.values().length - 1).formatAsString());
        }
    }

    @Test
    void printHeaderAndFooterShowOrganisationTitleClassificationPagesAndDate() throws IOException {
        try (XSSFWorkbook book = read(write(sample(), DateStyle.WAREKI, ""))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getHeader().getLeft()).contains(ORGANISATION);
            assertThat(sheet.getHeader().getCenter()).contains("情報資産管理台帳");
            assertThat(sheet.getHeader().getRight()).contains("機密性3 取扱注意");
            assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
            assertThat(sheet.getFooter().getRight()).contains("令和8年11月24日");
        }
    }

    @Test
    void documentPropertiesCarryTheClassification() throws IOException {
        try (XSSFWorkbook book = read(write(sample(), DateStyle.WAREKI, ""))) {
            POIXMLProperties properties = book.getProperties();
            assertThat(properties.getCoreProperties().getTitle()).isEqualTo("情報資産管理台帳");
            assertThat(properties.getCoreProperties().getCategory()).contains("機密性3");
            assertThat(properties.getCoreProperties().getKeywords()).contains("機密性3");
            assertThat(properties.getCoreProperties().getCreator()).isEqualTo(ORGANISATION);
            assertThat(properties.getExtendedProperties().getCompany()).isEqualTo(ORGANISATION);
        }
    }

    @Test
    void formulaLookingTextIsWrittenAsQuotedPlainText() throws IOException {
        List<String> names = List.of("=1+2", "+81-3", "@SUM(A1)", "-5", "  =HYPERLINK(\"x\")", "\t=1", "＝1+2");
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            entries.add(entry("=A" + i, names.get(i), Classification.LOWEST, "+note"));
        }
        try (XSSFWorkbook book = read(write(entries, DateStyle.WAREKI, "=cmd|' /C calc'!A0"))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int i = 0; i < names.size(); i++) {
                XSSFCell name = sheet.getRow(FIRST_DATA_ROW + i).getCell(AssetField.NAME.ordinal());
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                assertThat(name.getStringCellValue()).isEqualTo(names.get(i));
                assertThat(name.getCellStyle().getQuotePrefixed()).as(names.get(i)).isTrue();
            }
            // ordinary text is not quote-prefixed
            assertThat(sheet.getRow(FIRST_DATA_ROW).getCell(AssetField.KIND.ordinal()).getCellStyle()
                    .getQuotePrefixed()).isFalse();
            sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void fileNameCarriesTheHighestConfidentialityTitleAndDate() {
        AssetLedgerForm form = new AssetLedgerForm(messages, settings(DateStyle.WAREKI));
        assertThat(AssetLedgerForm.highestConfidentiality(sample())).isEqualTo(3);
        assertThat(AssetLedgerForm.highestConfidentiality(List.of())).isEqualTo(1);
        assertThat(form.fileName(3, PRINT_DATE)).isEqualTo("機密性3_情報資産管理台帳_20261124.xlsx");
        assertThat(new AssetLedgerForm(Messages.forLocale(Locale.ENGLISH), settings(DateStyle.SEIREKI))
                .fileName(2, PRINT_DATE)).isEqualTo("Confidentiality2_Information Asset Ledger_20261124.xlsx");
        assertThat(FormWorkbook.fileName(messages, 2, "持出:記録簿?", "令和8年度"))
                .isEqualTo("機密性2_持出記録簿_令和8年度.xlsx");
    }

    @Test
    void englishLedgerUsesEnglishLabelsAndSeparators() throws IOException {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        Path file = dir.resolve("english.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new AssetLedgerForm(english, settings(DateStyle.SEIREKI))
                    .write(sample(), "kind=terminal", PRINT_DATE, out, FormProgress.NONE);
        }
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Information Asset Ledger");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("As of 2026/11/24: 3 assets (filtered: kind=terminal)");
            assertThat(sheet.getRow(HEADER_ROW).getCell(0).getStringCellValue()).isEqualTo(english.get("asset.field.ASSET_NO"));
            assertThat(text(sheet.getRow(FIRST_DATA_ROW), AssetField.RESTRICTIONS)).contains("; ").doesNotContain("、");
            assertThat(sheet.getHeader().getRight()).contains(english.get("form.classification.label", 3));
        }
    }

    @Test
    void withoutApprovalTitlesTheHeaderMovesUp() throws IOException {
        OrganisationSettings noBoxes = new OrganisationSettings(ORGANISATION, List.of(), DateStyle.WAREKI,
                OrganisationSettings.defaultPrefixes());
        Path file = dir.resolve("no-boxes.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new AssetLedgerForm(messages, noBoxes).write(sample(), "", PRINT_DATE, out, FormProgress.NONE);
        }
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("管理番号");
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(3);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("PC-0001");
        }
    }

    @Test
    void publicOnlyLedgerIsMarkedConfidentiality1() throws IOException {
        try (XSSFWorkbook book = read(write(List.of(sample().get(2)), DateStyle.WAREKI, ""))) {
            assertThat(book.getSheetAt(0).getHeader().getRight()).contains("機密性1").doesNotContain("取扱注意");
            assertThat(book.getProperties().getCoreProperties().getKeywords()).isEqualTo("機密性1");
        }
    }

    @Test
    void emptyLedgerStillHasHeaderAndFilter() throws IOException {
        try (XSSFWorkbook book = read(write(List.of(), DateStyle.WAREKI, ""))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(HEADER_ROW).getCell(0).getStringCellValue()).isEqualTo("管理番号");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A7:AC7");
        }
    }

    @Test
    void progressIsToldEveryRowAndFalseCancels() throws IOException {
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            entries.add(entry("PC-%04d".formatted(i), "試験用端末", Classification.LOWEST, ""));
        }
        AssetLedgerForm form = new AssetLedgerForm(messages, settings(DateStyle.WAREKI));
        AtomicLong last = new AtomicLong();
        form.write(entries, "", PRINT_DATE, OutputStream.nullOutputStream(), (done, total) -> {
            assertThat(total).isEqualTo(250);
            last.set(done);
            return true;
        });
        assertThat(last).hasValue(250);

        Path file = dir.resolve("cancelled.xlsx");
        long tempFilesBefore = poiTempFiles();
        try (OutputStream out = Files.newOutputStream(file)) {
            assertThatThrownBy(() -> form.write(entries, "", PRINT_DATE, out, (done, total) -> done < 120))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(file).isEmptyFile(); // nothing half-written reaches the caller's stream
        assertThat(poiTempFiles()).isEqualTo(tempFilesBefore); // and no sheet data is left in the temp folder
    }

    /** SXSSF's temporary sheet files, in POI's folder under java.io.tmpdir. */
    private static long poiTempFiles() throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).count();
        }
    }

    @Test
    void formulaDetectionCoversLeadingBlanksTabsAndFullWidthSigns() {
        assertThat(Stream.of("=1", "+1", "-1", "@A", " \u3000=1", "\tx", "\rx", "－1"))
                .allMatch(FormText::looksLikeFormula);
        assertThat(Stream.of("", "   ", "試験 太郎", "PC-0001", "1-2", "a=b"))
                .noneMatch(FormText::looksLikeFormula);
    }

    @Test
    void approvalBoxesGroupColumnsFromTheRightAndKeepColumnAForTheTitle() {
        // from the right, each box takes columns until it is at least 20 characters wide
        List<int[]> boxes = FormSheet.rightBlock(new int[] {10, 10, 24, 12, 11, 9, 11}, 3, 20);
        assertThat(boxes).extracting(b -> b[0] + "-" + b[1]).containsExactly("2-2", "3-4", "5-6");
        // more boxes than columns: column A stays free, the others take columns added to the right
        assertThat(FormSheet.rightBlock(new int[] {10, 10}, 3, 20)).extracting(b -> b[0] + "-" + b[1])
                .containsExactly("1-1", "2-2", "3-3");
    }
}
