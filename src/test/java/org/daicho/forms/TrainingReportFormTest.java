package org.daicho.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.daicho.forms.TrainingFormFixtures.SECTIONS;
import static org.daicho.forms.TrainingRosterFormTest.read;
import static org.daicho.forms.TrainingRosterFormTest.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.DateStyle;
import org.daicho.domain.TrainingCompliance;
import org.daicho.domain.TrainingReport;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 研修実施状況報告: the figures of the report against the hand-worked {@link TrainingFormFixtures} — 6 people counted
 * (one left mid-year), 4 trained; 総務課 1 of 2, 業務課 3 of 4; 職員 2 of 4, 非常勤 1 of 1, 臨時 1 of 1.
 */
class TrainingReportFormTest {

    private final Messages messages = Messages.japanese();

    @TempDir
    Path dir;

    private final List<XSSFWorkbook> opened = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (XSSFWorkbook book : opened) {
            book.close();
        }
    }

    private XSSFSheet write(TrainingReport report, DateStyle style) throws IOException {
        Path file = dir.resolve("report-" + style + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new TrainingReportForm(messages, TrainingFormFixtures.settings(style)).write(report, SECTIONS, out,
                    FormProgress.NONE);
        }
        XSSFWorkbook book = read(file);
        opened.add(book);
        return book.getSheetAt(0);
    }

    /** The first row at or after {@code from} whose column {@code column} reads {@code value}. */
    private static int find(XSSFSheet sheet, int from, int column, String value) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            if (value.equals(text(sheet.getRow(r), column))) {
                return r;
            }
        }
        throw new AssertionError("no row with " + value + " in column " + column + " from row " + from);
    }

    private static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    /** 対象者数, 受講者数, 未受講者数 (whole numbers) and 受講率 (a fraction shown as 0.0%) from column 2 on. */
    private static void assertCounts(Row row, int counted, int trained, double rate) {
        assertThat(number(row, 2)).isEqualTo(counted);
        assertThat(number(row, 3)).isEqualTo(trained);
        assertThat(number(row, 4)).isEqualTo(counted - trained);
        assertThat(number(row, 5)).isCloseTo(rate, within(1e-9));
        assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    }

    @Test
    void attendanceInAllBySectionAndByEmploymentTypeAsWorkedOutByHand() throws IOException {
        XSSFSheet sheet = write(TrainingFormFixtures.report(), DateStyle.WAREKI);
        int heading = find(sheet, 0, 0, "1　受講状況");
        assertThat(text(sheet.getRow(heading + 1), 2)).isEqualTo("対象者数");
        assertThat(text(sheet.getRow(heading + 1), 3)).isEqualTo("受講者数");
        assertThat(text(sheet.getRow(heading + 1), 5)).isEqualTo("受講率");

        int total = find(sheet, heading, 0, "全体");
        assertCounts(sheet.getRow(total), 6, 4, 4.0 / 6);

        int general = find(sheet, heading, 1, "総務課");
        int works = find(sheet, heading, 1, "業務課");
        assertThat(text(sheet.getRow(general), 0)).isEqualTo("所属別");
        assertThat(works).isEqualTo(general + 1);
        assertCounts(sheet.getRow(general), 2, 1, 0.5);
        assertCounts(sheet.getRow(works), 4, 3, 0.75);

        int regular = find(sheet, heading, 1, "職員");
        assertThat(text(sheet.getRow(regular), 0)).isEqualTo("任用区分別");
        assertCounts(sheet.getRow(regular), 4, 2, 0.5);
        assertCounts(sheet.getRow(find(sheet, heading, 1, "非常勤")), 1, 1, 1.0);
        assertCounts(sheet.getRow(find(sheet, heading, 1, "臨時")), 1, 1, 1.0);
        assertThat(text(sheet.getRow(find(sheet, heading, 1, "臨時") + 1), 1)).as("no 委託 line: nobody counted")
                .isNotEqualTo("委託");
        // who is counted is said under the table
        assertThat(text(sheet.getRow(find(sheet, heading, 1, "臨時") + 1), 0)).contains("令和9年3月31日");
    }

    @Test
    void newHiresTheHireOf31MarchCountsAndIsNamedAsNotTrained() throws IOException {
        XSSFSheet sheet = write(TrainingFormFixtures.report(), DateStyle.WAREKI);
        int heading = find(sheet, 0, 0, "2　新規採用者の受講状況");
        int line = find(sheet, heading, 0, "新規採用者研修（年度内の採用者）");
        assertCounts(sheet.getRow(line), 2, 1, 0.5);
        assertThat(text(sheet.getRow(line + 1), 0)).isEqualTo("未受講者");
        assertThat(text(sheet.getRow(line + 1), 1)).isEqualTo("業務課 小野 五月");
    }

    @Test
    void theSessionsOfTheYearByDayWithTheirCountsAndATotal() throws IOException {
        XSSFSheet sheet = write(TrainingFormFixtures.report(), DateStyle.WAREKI);
        int heading = find(sheet, 0, 0, "3　実施した研修・訓練");
        List<String> header = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
            header.add(text(sheet.getRow(heading + 1), c));
        }
        assertThat(header).containsExactly("実施日", "研修名", "種類", "実施形式", "出席", "欠席", "後日受講");
        Object[][] expected = {
            {"令和8年4月2日", "新規採用職員研修", "新規採用者研修", "eラーニング", 1, 0, 0},
            {"令和8年6月10日", "情報セキュリティ研修（全職員）", "年次研修", "集合", 3, 2, 1},
            {"令和8年11月10日", "標的型メール訓練", "緊急時対応訓練", "訓練", 1, 1, 0},
        };
        for (int i = 0; i < expected.length; i++) {
            Row row = sheet.getRow(heading + 2 + i);
            for (int c = 0; c < 4; c++) {
                assertThat(text(row, c)).isEqualTo(expected[i][c]);
            }
            for (int c = 4; c < 7; c++) {
                assertThat(number(row, c)).isEqualTo((int) expected[i][c]);
            }
        }
        Row total = sheet.getRow(heading + 5);
        assertThat(text(total, 0)).isEqualTo("計 3 回");
        assertThat(number(total, 4)).isEqualTo(5);
        assertThat(number(total, 5)).isEqualTo(3);
        assertThat(number(total, 6)).isEqualTo(1);
    }

    @Test
    void untrainedStaffBySectionWithTheirReasons() throws IOException {
        XSSFSheet sheet = write(TrainingFormFixtures.report(), DateStyle.WAREKI);
        int heading = find(sheet, 0, 0, "4　未受講者一覧");
        Row header = sheet.getRow(heading + 1);
        assertThat(List.of(text(header, 0), text(header, 1), text(header, 2), text(header, 3)))
                .containsExactly("所属", "氏名", "任用区分", "未受講理由");
        Row inoue = sheet.getRow(heading + 2);
        assertThat(List.of(text(inoue, 0), text(inoue, 1), text(inoue, 2), text(inoue, 3)))
                .containsExactly("総務課", "井上 二郎", "職員", "出張、年次休暇");
        Row ono = sheet.getRow(heading + 3);
        assertThat(List.of(text(ono, 0), text(ono, 1), text(ono, 2), text(ono, 3)))
                .containsExactly("業務課", "小野 五月", "職員", "");
        assertThat(sheet.getLastRowNum()).isEqualTo(heading + 3);
    }

    @Test
    void aPortraitReportToTheCommitteeDatedWithApprovalBoxesAndClassification() throws IOException {
        XSSFSheet sheet = write(TrainingFormFixtures.report(), DateStyle.WAREKI);
        assertThat(sheet.getSheetName()).isEqualTo("研修実施状況報告");
        assertThat(text(sheet.getRow(0), 0)).isEqualTo("研修実施状況報告");
        assertThat(text(sheet.getRow(1), 0)).isEqualTo("令和8年度　報告日 令和9年4月15日");
        assertThat(text(sheet.getRow(2), 0)).startsWith("情報セキュリティ委員会 御中").contains("令和8年度における");
        List<String> top = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 7; c++) {
                top.add(text(sheet.getRow(r), c));
            }
        }
        assertThat(top).contains("機密性2 取扱注意", "担当", "係長", "課長", "事務局長", TrainingFormFixtures.ORGANISATION);
        assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.isPrintGridlines()).isFalse();
        assertThat(sheet.getHeader().getRight()).contains("機密性2 取扱注意");
        assertThat(sheet.getFooter().getRight()).contains("令和9年4月15日");
        assertThat(sheet.getWorkbook().getProperties().getCoreProperties().getCategory()).isEqualTo("機密性2 取扱注意");
        assertThat(new TrainingReportForm(messages, TrainingFormFixtures.settings(DateStyle.WAREKI))
                .fileName(TrainingFormFixtures.FY2026)).isEqualTo("機密性2_研修実施状況報告_令和8年度.xlsx");
    }

    @Test
    void aYearWithoutSessionsOrStaffSaysSoInsteadOfShowingEmptyTables() throws IOException {
        TrainingCompliance nothing = TrainingCompliance.of(new org.daicho.domain.FiscalYear(2030),
                LocalDate.of(2030, 5, 1), List.of(), List.of(), List.of());
        XSSFSheet sheet = write(TrainingReport.of(nothing, SECTIONS, List.of(), LocalDate.of(2030, 5, 1)),
                DateStyle.WAREKI);
        int total = find(sheet, 0, 0, "全体");
        assertThat(number(sheet.getRow(total), 2)).isZero();
        assertThat(text(sheet.getRow(total), 5)).isEqualTo("―");
        find(sheet, 0, 0, "この年度に実施した研修・訓練はありません。");
        find(sheet, 0, 0, "未受講者はいません。");
        int newHires = find(sheet, 0, 0, "新規採用者研修（年度内の採用者）");
        assertThat(text(sheet.getRow(newHires + 1), 1)).isEqualTo("なし");
    }

    @Test
    void cancellingStopsTheReport() {
        assertThatThrownBy(() -> new TrainingReportForm(messages, TrainingFormFixtures.settings(DateStyle.WAREKI))
                .write(TrainingFormFixtures.report(), SECTIONS, OutputStream.nullOutputStream(), (done, total) -> false))
                .isInstanceOf(CancellationException.class);
    }
}
