package org.daicho.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.forms.TrainingFormFixtures.SECTIONS;
import static org.daicho.forms.TrainingFormFixtures.TODAY;
import static org.daicho.forms.TrainingRosterFormTest.headerRow;
import static org.daicho.forms.TrainingRosterFormTest.read;
import static org.daicho.forms.TrainingRosterFormTest.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.DateStyle;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 年度受講状況: one line per counted person, read back with POI. */
class TrainingStatusFormTest {

    private static final List<String> COLUMNS = List.of("所属", "氏名", "任用区分", "採用日", "受講回数", "最終受講日",
            "新規採用者研修", "同意書", "未受講理由");

    private final Messages messages = Messages.japanese();

    @TempDir
    Path dir;

    private Path write(DateStyle style) throws IOException {
        Path file = dir.resolve("status-" + style + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new TrainingStatusForm(messages, TrainingFormFixtures.settings(style))
                    .write(TrainingFormFixtures.compliance(), SECTIONS, TODAY, out, FormProgress.NONE);
        }
        return file;
    }

    /** A cell as it reads: text, a whole number, or a date cell as yyyy-MM-dd. */
    private static String shown(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
        }
        return String.valueOf((long) cell.getNumericCellValue());
    }

    private static List<String> line(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            cells.add(shown(row, c));
        }
        return cells;
    }

    private static boolean highlighted(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        return style.getFillPattern() == FillPatternType.SOLID_FOREGROUND
                && "FFFFC7CE".equals(style.getFillForegroundXSSFColor().getARGBHex());
    }

    @Test
    void oneLinePerCountedPersonWithNewHireTrainingConsentAndReasons() throws IOException {
        try (XSSFWorkbook book = read(write(DateStyle.SEIREKI))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("年度受講状況");
            int header = headerRow(sheet);
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < COLUMNS.size(); c++) {
                headers.add(text(sheet.getRow(header), c));
            }
            assertThat(headers).isEqualTo(COLUMNS);
            List<List<String>> rows = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(line(sheet.getRow(r)));
            }
            // 木村 left on 30 September: not counted on 31 March. By 所属 (総務課 first), then 職員番号.
            assertThat(rows).containsExactly(
                    List.of("総務課", "青木 一郎", "職員", "2010-04-01", "1", "2026-06-10", "対象外", "対象外", ""),
                    List.of("総務課", "井上 二郎", "職員", "2015-04-01", "0", "", "対象外", "対象外", "出張、年次休暇"),
                    List.of("業務課", "上田 三恵", "非常勤", "2020-04-01", "1", "2026-07-01", "対象外", "未提出", ""),
                    List.of("業務課", "江藤 四郎", "職員", "2026-04-01", "2", "2026-06-10", "受講済", "対象外", ""),
                    List.of("業務課", "小野 五月", "職員", "2027-03-31", "0", "", "未受講", "対象外", ""),
                    List.of("業務課", "加藤 六子", "臨時", "2025-10-01", "1", "2026-11-10", "対象外", "2025/10/01", "病気休暇"));
            assertThat(sheet.getRow(header + 4).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void peopleWithNoTrainingThisYearAreColoured() throws IOException {
        try (XSSFWorkbook book = read(write(DateStyle.WAREKI))) {
            XSSFSheet sheet = book.getSheetAt(0);
            int header = headerRow(sheet);
            List<String> coloured = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                boolean all = true;
                boolean any = false;
                for (int c = 0; c < COLUMNS.size(); c++) {
                    boolean on = highlighted(row.getCell(c));
                    all &= on;
                    any |= on;
                }
                assertThat(all).as("a line is coloured whole or not at all").isEqualTo(any);
                if (all) {
                    coloured.add(text(row, 1));
                }
            }
            assertThat(coloured).containsExactly("井上 二郎", "小野 五月");
            assertThat(highlighted(sheet.getRow(header).getCell(0))).as("the header is not").isFalse();
        }
    }

    @Test
    void inWarekiDatesAreWrittenAsJapaneseEraTextAndTheSheetIsLandscape() throws IOException {
        try (XSSFWorkbook book = read(write(DateStyle.WAREKI))) {
            XSSFSheet sheet = book.getSheetAt(0);
            int header = headerRow(sheet);
            Row ono = sheet.getRow(header + 5);
            assertThat(text(ono, 1)).isEqualTo("小野 五月");
            assertThat(text(ono, 3)).isEqualTo("令和9年3月31日");
            Row kato = sheet.getRow(header + 6);
            assertThat(text(kato, 7)).isEqualTo("令和7年10月1日");
            assertThat(text(kato, 5)).isEqualTo("令和8年11月10日");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getHeader().getRight()).contains("機密性2");
            assertThat(text(sheet.getRow(1), 0)).contains("令和8年度").contains("令和9年3月31日 現在")
                    .contains("対象 6 名").contains("未受講 2 名");
        }
        assertThat(new TrainingStatusForm(messages, TrainingFormFixtures.settings(DateStyle.WAREKI))
                .fileName(TrainingFormFixtures.FY2026)).isEqualTo("機密性2_年度受講状況_令和8年度.xlsx");
        assertThat(new TrainingStatusForm(messages, TrainingFormFixtures.settings(DateStyle.SEIREKI))
                .fileName(TrainingFormFixtures.FY2026)).isEqualTo("機密性2_年度受講状況_2026年度.xlsx");
    }

    @Test
    void whileTheYearRunsThePeopleAreThoseEmployedToday() throws IOException {
        // seen on 1 October 2026: 木村 has left, 小野 is not hired yet
        var compliance = org.daicho.domain.TrainingCompliance.of(TrainingFormFixtures.FY2026, LocalDate.of(2026, 10, 1),
                TrainingFormFixtures.STAFF, TrainingFormFixtures.SESSIONS, TrainingFormFixtures.attendance());
        Path file = dir.resolve("october.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new TrainingStatusForm(messages, TrainingFormFixtures.settings(DateStyle.WAREKI))
                    .write(compliance, SECTIONS, LocalDate.of(2026, 10, 1), out, FormProgress.NONE);
        }
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int r = headerRow(sheet) + 1; r <= sheet.getLastRowNum(); r++) {
                names.add(text(sheet.getRow(r), 1));
            }
            assertThat(names).containsExactly("青木 一郎", "井上 二郎", "上田 三恵", "江藤 四郎", "加藤 六子");
            assertThat(text(sheet.getRow(1), 0)).contains("令和8年10月1日 現在");
        }
    }
}
