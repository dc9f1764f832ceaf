package org.daicho.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daicho.forms.TrainingFormFixtures.ANNUAL;
import static org.daicho.forms.TrainingFormFixtures.SECTIONS;
import static org.daicho.forms.TrainingFormFixtures.TODAY;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.Attendance;
import org.daicho.domain.DateStyle;
import org.daicho.domain.Staff;
import org.daicho.domain.TrainingSession;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 研修受講者名簿: the sign-in sheet of one session, read back with POI. */
class TrainingRosterFormTest {

    private static final List<String> COLUMNS = List.of("所属", "氏名", "任用区分", "受講", "理解度確認", "署名欄", "備考");
    private static final int SIGNATURE = 5;

    private final Messages messages = Messages.japanese();

    @TempDir
    Path dir;

    private Path write(TrainingSession session, List<Staff> people, List<Attendance> marks, DateStyle style)
            throws IOException {
        Path file = dir.resolve("roster-" + style + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new TrainingRosterForm(messages, TrainingFormFixtures.settings(style)).write(session, SECTIONS, people,
                    marks, TODAY, out, FormProgress.NONE);
        }
        return file;
    }

    static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static int headerRow(XSSFSheet sheet) {
        return CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef()).getFirstRow();
    }

    static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    static List<String> texts(Row row, int width) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            texts.add(text(row, c));
        }
        return texts;
    }

    /** The value right of a label in the rows above the table (the session block). */
    static String valueBeside(XSSFSheet sheet, String label) {
        for (int r = 0; r < headerRow(sheet); r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; row != null && c < row.getLastCellNum() - 1; c++) {
                if (label.equals(text(row, c))) {
                    return text(row, c + 1);
                }
            }
        }
        throw new AssertionError("no label " + label);
    }

    @Test
    void oneLinePerPersonBySectionThenKanaWithTheMarksAndAnEmptySignatureColumn() throws IOException {
        Path file = write(ANNUAL, TrainingFormFixtures.staffOn(ANNUAL), TrainingFormFixtures.attendance(ANNUAL),
                DateStyle.WAREKI);
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("研修受講者名簿");
            int header = headerRow(sheet);
            assertThat(texts(sheet.getRow(header), COLUMNS.size())).isEqualTo(COLUMNS);
            // 総務課 (order 1) before 業務課, each by ふりがな; 小野 was not yet hired on 10 June
            List<List<String>> rows = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(texts(sheet.getRow(r), COLUMNS.size()));
            }
            assertThat(rows).containsExactly(
                    List.of("総務課", "青木 一郎", "職員", "出席", "良好", "", ""),
                    List.of("総務課", "井上 二郎", "職員", "欠席", "", "", "出張"),
                    List.of("総務課", "木村 七海", "職員", "出席", "", "", ""),
                    List.of("業務課", "上田 三恵", "非常勤", "後日受講", "概ね理解", "", "令和8年7月1日 受講"),
                    List.of("業務課", "江藤 四郎", "職員", "出席", "要再受講", "", ""),
                    List.of("業務課", "加藤 六子", "臨時", "欠席", "", "", "病気休暇"));
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell signature = row.getCell(SIGNATURE);
                assertThat(signature.getStringCellValue()).isEmpty();
                assertThat(signature.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
                assertThat(row.getHeightInPoints()).as("tall enough to sign").isGreaterThanOrEqualTo(24f);
            }
        }
    }

    @Test
    void beforeTheSessionTheMarkColumnsAreEmptyAndTheSessionIsShownAboveTheTable() throws IOException {
        Path file = write(ANNUAL, TrainingFormFixtures.staffOn(ANNUAL), List.of(), DateStyle.WAREKI);
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            int header = headerRow(sheet);
            assertThat(sheet.getLastRowNum() - header).isEqualTo(6);
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(texts(sheet.getRow(r), COLUMNS.size()).subList(3, 7)).containsOnly("");
            }
            assertThat(valueBeside(sheet, "年度")).isEqualTo("令和8年度");
            assertThat(valueBeside(sheet, "研修名")).isEqualTo("情報セキュリティ研修（全職員）");
            assertThat(valueBeside(sheet, "実施日")).isEqualTo("令和8年6月10日");
            assertThat(valueBeside(sheet, "実施形式")).isEqualTo("集合");
            assertThat(valueBeside(sheet, "講師")).isEqualTo("情報政策課 試験 講師");
            assertThat(valueBeside(sheet, "対象区分")).isEqualTo("全職員");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("研修受講者名簿");
            assertThat(text(sheet.getRow(1), 0)).contains("令和8年6月10日").contains("6 名");
        }
    }

    @Test
    void aPortraitA4SheetOnePageWideMarkedConfidentiality2WithApprovalBoxesAndRepeatedHeader() throws IOException {
        Path file = write(ANNUAL, TrainingFormFixtures.staffOn(ANNUAL), List.of(), DateStyle.SEIREKI);
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isFalse();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            assertThat(sheet.isPrintGridlines()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:" + (headerRow(sheet) + 1)));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getHeader().getRight()).contains("機密性2 取扱注意");
            assertThat(sheet.getHeader().getLeft()).isEqualTo(TrainingFormFixtures.ORGANISATION);
            assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
            assertThat(book.getProperties().getCoreProperties().getCategory()).isEqualTo("機密性2 取扱注意");
            // the classification top right, the four approval titles of the settings in the title block
            List<String> titleBlock = new ArrayList<>();
            for (int r = 0; r < headerRow(sheet); r++) {
                Row row = sheet.getRow(r);
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    titleBlock.add(text(row, c));
                }
            }
            assertThat(titleBlock).contains("機密性2 取扱注意", "担当", "係長", "課長", "事務局長",
                    TrainingFormFixtures.ORGANISATION);
            // 西暦: the session's day as 2026/06/10
            assertThat(valueBeside(sheet, "実施日")).isEqualTo("2026/06/10");
        }
    }

    @Test
    void theFileNameCarriesTheClassDayAndTitle() {
        TrainingRosterForm form = new TrainingRosterForm(messages, TrainingFormFixtures.settings(DateStyle.WAREKI));
        assertThat(form.fileName(ANNUAL)).isEqualTo("機密性2_研修受講者名簿_20260610_情報セキュリティ研修（全職員）.xlsx");
        TrainingSession odd = new TrainingSession(1L, "研修/演習: \"標的型\" *訓練*", ANNUAL.kind(), ANNUAL.heldOn(),
                ANNUAL.format(), "", ANNUAL.target(), "", null);
        assertThat(form.fileName(odd)).isEqualTo("機密性2_研修受講者名簿_20260610_研修演習 標的型 訓練.xlsx");
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        TrainingSession session = new TrainingSession(1L, "=HYPERLINK(\"http://x\")", ANNUAL.kind(), ANNUAL.heldOn(),
                ANNUAL.format(), "+講師", ANNUAL.target(), "", null);
        Path file = write(session, TrainingFormFixtures.staffOn(ANNUAL), List.of(), DateStyle.WAREKI);
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(valueBeside(sheet, "研修名")).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(valueBeside(sheet, "講師")).isEqualTo("+講師");
            int quoted = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=")) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as("kept text when edited").isTrue();
                        quoted++;
                    }
                }
            }
            assertThat(quoted).isEqualTo(1);
        }
    }

    @Test
    void cancellingStopsTheForm() {
        FormProgress cancelAfterTwo = (done, total) -> done < 2;
        assertThatThrownBy(() -> new TrainingRosterForm(messages, TrainingFormFixtures.settings(DateStyle.WAREKI))
                .write(ANNUAL, SECTIONS, TrainingFormFixtures.staffOn(ANNUAL), List.of(), TODAY,
                        OutputStream.nullOutputStream(), cancelAfterTwo))
                .isInstanceOf(CancellationException.class);
    }
}
