package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.AttendanceMark;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Comprehension;
import org.daicho.domain.DateStyle;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingReport;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingSessionDraft;
import org.daicho.domain.TrainingTarget;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three training forms written from a real store (sessions and marks made through the service, as the
 * window makes them) and read back with POI. Today is 24 November 2026; the store's administrator, hired today,
 * is counted too.
 */
class TrainingExportTest {

    private static final FiscalYear FY2026 = new FiscalYear(2026);

    @TempDir
    Path dir;

    private final Messages messages = Messages.japanese();
    private DaichoServices services;
    private Path out;
    private TrainingSession held;
    private TrainingSession coming;

    @BeforeEach
    void makeStore() throws IOException {
        services = ServiceFixtures.create(dir.resolve("store"));
        out = Files.createDirectories(dir.resolve("out"));
        long first = services.settings().sections().get(0).id();
        long second = services.settings().sections().get(1).id();
        Staff taro = services.staff().save(null, ServiceFixtures.staffDraft("S01001", "試験 太郎", "しけん たろう", first));
        Staff hanako = services.staff().save(null, new StaffDraft("S01002", "見本 花子", "みほん はなこ", second,
                EmploymentType.PART_TIME, "2021/4/1", "", false, false));
        Staff newcomer = services.staff().save(null, new StaffDraft("S01003", "新人 一郎", "しんじん いちろう", second,
                EmploymentType.REGULAR, "2026/4/1", "", false, false));
        held = services.training().saveSession(null, new TrainingSessionDraft("情報セキュリティ研修", TrainingKind.ANNUAL,
                "2026/6/10", TrainingFormat.CLASSROOM, "試験 講師", TrainingTarget.ALL_STAFF, ""));
        coming = services.training().saveSession(null, new TrainingSessionDraft("情報セキュリティ研修（追加）",
                TrainingKind.ANNUAL, "2026/12/10", TrainingFormat.E_LEARNING, "", TrainingTarget.ALL_STAFF, ""));
        services.training().mark(new AttendanceMark(held.id(), List.of(taro.id()), AttendanceResult.ATTENDED,
                Comprehension.GOOD, "", null));
        services.training().mark(new AttendanceMark(held.id(), List.of(hanako.id()), AttendanceResult.ABSENT,
                Comprehension.NOT_CHECKED, "出張", null));
        services.training().mark(new AttendanceMark(held.id(), List.of(newcomer.id()), AttendanceResult.MAKE_UP,
                Comprehension.FAIR, "", LocalDate.of(2026, 7, 1)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static int headerRow(XSSFSheet sheet) {
        return CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef()).getFirstRow();
    }

    private static List<List<String>> rows(XSSFSheet sheet, int width) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = headerRow(sheet) + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.toList();
        }
    }

    private String day(LocalDate date) {
        return services.settings().settings().dateStyle().format(date);
    }

    @Test
    void theRosterOfAHeldSessionListsThoseEmployedThatDayWithTheirMarks() throws IOException {
        Path file = services.training().exportRoster(held.id(), out, ExportProtection.NONE, messages, Progress.NONE);
        assertThat(file.getParent()).isEqualTo(out);
        assertThat(file.getFileName().toString()).isEqualTo(services.training().rosterFileName(held.id(), messages))
                .isEqualTo("機密性2_研修受講者名簿_20260610_情報セキュリティ研修.xlsx");
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            // the administrator, hired today, was not employed on 10 June; 見本課 by ふりがな: しんじん before みほん
            assertThat(rows(sheet, 7)).containsExactly(
                    List.of("試験課", "試験 太郎", "職員", "出席", "良好", "", ""),
                    List.of("見本課", "新人 一郎", "職員", "後日受講", "概ね理解", "", day(LocalDate.of(2026, 7, 1)) + " 受講"),
                    List.of("見本課", "見本 花子", "非常勤", "欠席", "", "", "出張"));
            assertThat(sheet.getHeader().getRight()).contains("機密性2");
            List<String> titles = new ArrayList<>();
            for (int r = 0; r < headerRow(sheet); r++) {
                for (Cell cell : sheet.getRow(r)) {
                    titles.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "");
                }
            }
            assertThat(titles).contains("担当", "係長", "課長", "情報セキュリティ研修", "試験 講師", day(held.heldOn()));
        }
    }

    @Test
    void theRosterOfAComingSessionIsASheetToSignWithNoMarks() throws IOException {
        Path file = services.training().exportRoster(coming.id(), out.resolve("名簿.xlsx"),
                ExportProtection.NONE, messages, Progress.NONE);
        assertThat(file).isEqualTo(out.resolve("名簿.xlsx")).isRegularFile();
        try (XSSFWorkbook book = read(file)) {
            List<List<String>> rows = rows(book.getSheetAt(0), 7);
            assertThat(rows).hasSize(services.training().staffFor(coming.id()).size()).hasSize(4);
            assertThat(rows).extracting(r -> r.get(1)).contains("試験 管理者");
            assertThat(rows).allSatisfy(r -> assertThat(r.subList(3, 7)).containsOnly(""));
        }
    }

    @Test
    void anUnknownSessionWritesNothing() throws IOException {
        assertThatThrownBy(() -> services.training().exportRoster(9_999L, out,
                ExportProtection.NONE, messages, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(files(out)).isEmpty();
    }

    @Test
    void theYearsStatusHasOneLinePerCountedPerson() throws IOException {
        // by 所属, then 職員番号 (S01001 before the administrator's Z9001); both new hires lack 新規採用者研修
        Path file = services.training().exportStatus(FY2026, out, ExportProtection.NONE, messages, Progress.NONE);
        assertThat(file.getFileName().toString()).isEqualTo(services.training().statusFileName(FY2026, messages))
                .startsWith("機密性2_年度受講状況_");
        try (XSSFWorkbook book = read(file)) {
            List<List<String>> rows = rows(book.getSheetAt(0), 9);
            assertThat(rows).extracting(r -> r.get(1) + " " + r.get(4) + " " + r.get(6) + " " + r.get(7))
                    .containsExactly(
                            "試験 太郎 1 対象外 対象外",
                            "試験 管理者 0 未受講 対象外",
                            "見本 花子 0 対象外 未提出",
                            "新人 一郎 1 未受講 対象外");
            assertThat(rows.get(2).get(8)).isEqualTo("出張");
        }
    }

    @Test
    void theReportHasTheServicesFigures() throws IOException {
        TrainingReport report = services.training().report(FY2026);
        assertThat(report.total()).isEqualTo(new TrainingReport.Count(4, 2));
        Path file = services.training().exportReport(FY2026, out, ExportProtection.NONE, messages, Progress.NONE);
        assertThat(file.getFileName().toString()).isEqualTo(services.training().reportFileName(FY2026, messages))
                .startsWith("機密性2_研修実施状況報告_");
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row total = null;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && "全体".equals(first.getStringCellValue())) {
                    total = row;
                }
            }
            assertThat(total).isNotNull();
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(4);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(0.5);
            assertThat(text(sheet, 1, 0)).contains("報告日 " + day(ServiceFixtures.TODAY));
        }
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    @Test
    void aCancelledExportOrAPathThatIsNotAnXlsxFileLeavesNothing() throws IOException {
        Progress cancel = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> services.training().exportStatus(FY2026, out, ExportProtection.NONE, messages, cancel))
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> services.training().exportReport(FY2026, out, ExportProtection.NONE, messages, cancel))
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> services.training().exportRoster(held.id(), out,
                ExportProtection.NONE, messages, cancel))
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> services.training().exportStatus(FY2026, out.resolve("status"),
                ExportProtection.NONE, messages,
                Progress.NONE)).isInstanceOf(ExportException.class);
        assertThatThrownBy(() -> services.training().exportReport(FY2026, dir.resolve("missing").resolve("r.xlsx"),
                ExportProtection.NONE,
                messages, Progress.NONE)).isInstanceOf(ExportException.class);
        assertThat(files(out)).isEmpty();
    }

    @Test
    void inWarekiTheFileNamesCarryTheJapaneseYear() {
        var settings = services.settings().settings();
        services.settings().save(new org.daicho.domain.OrganisationSettings(settings.organisationName(),
                settings.approvalTitles(), DateStyle.WAREKI, settings.assetNoPrefixes()));
        assertThat(services.training().statusFileName(FY2026, messages)).isEqualTo("機密性2_年度受講状況_令和8年度.xlsx");
        assertThat(services.training().reportFileName(FY2026, messages)).isEqualTo("機密性2_研修実施状況報告_令和8年度.xlsx");
    }
}
