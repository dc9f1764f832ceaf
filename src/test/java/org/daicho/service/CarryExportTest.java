package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.CarryDraft;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.testing.MutableClock;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 持出・持込記録簿 and the 申請書 written from the demo store and read back with POI. */
class CarryExportTest {

    private static final FiscalYear FY2026 = new FiscalYear(2026);
    private static final List<String> COLUMNS = List.of("区分", "状態", "申請日", "管理番号・対象", "情報の内容・機密性",
            "所属・氏名", "目的", "持出先", "持出日時", "返却予定日", "返却日時", "返却確認者", "許可者（情報セキュリティ管理者）",
            "許可日時", "保護措置", "機器の所有（支給外）", "ウイルスチェック", "パッチ適用", "使用期間", "備考");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private final Messages messages = Messages.japanese();
    private DaichoServices services;

    @BeforeEach
    void makeDemo() {
        services = TestStores.createDemo(dir.resolve("demo"), clock);
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

    private static List<String> texts(Row row) {
        return texts(row, row.getLastCellNum());
    }

    /** The texts of the first {@code width} cells; a cell never written is empty. */
    private static List<String> texts(Row row, int width) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return texts;
    }

    @Test
    void theDemoHasApplicationsInEveryStateSomeOverdue() {
        List<CarryEntry> all = services.carry().list(CarryFilter.ALL);
        assertThat(all).extracting(e -> e.record().status()).containsAll(EnumSet.allOf(CarryStatus.class));
        assertThat(all).extracting(e -> e.record().kind()).contains(CarryKind.BRING_IN, CarryKind.CARRY_OUT);
        assertThat(services.carry().overdue()).hasSize(2);
        assertThat(services.carry().attention().overdue()).isEqualTo(2);
        assertThat(services.carry().attention().waitingForPermission()).isPositive();
        assertThat(all).allSatisfy(e -> assertThat(e.record().appliedAt()).isBefore(services.carry().now()));
        // 兼務の禁止 holds in the demo too
        assertThat(all).filteredOn(e -> e.record().approverStaffId() != null).allSatisfy(e -> {
            assertThat(e.record().approverStaffId()).isNotEqualTo(e.record().carrierStaffId())
                    .isNotEqualTo(e.record().applicantStaffId());
        });
        assertThat(services.history().verify().intact()).isTrue();
    }

    @Test
    void theLogOfAFiscalYearHasTheColumnsOfFormBAndOneRowPerRecord() throws IOException {
        List<CarryEntry> expected = services.carry().list(CarryFilter.fiscalYear(FY2026));
        Path file = services.carry().exportCarryLog(FY2026, dir, ExportProtection.NONE, messages, Progress.NONE);

        int highest = expected.stream().mapToInt(CarryEntry::highestConfidentiality).max().orElse(1);
        assertThat(file.getFileName().toString()).isEqualTo(services.carry().carryLogFileName(FY2026, messages))
                .startsWith("機密性" + highest + "_持出・持込記録簿_").isEqualTo("機密性" + highest + "_持出・持込記録簿_令和8年度.xlsx");
        try (XSSFWorkbook book = read(file)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet log = book.getSheetAt(0);
            assertThat(log.getSheetName()).isEqualTo("持出・持込記録簿");
            int header = headerRow(log);
            assertThat(texts(log.getRow(header))).isEqualTo(COLUMNS);
            assertThat(log.getLastRowNum() - header).isEqualTo(expected.size());
            assertThat(book.getProperties().getCoreProperties().getCategory()).isEqualTo("機密性" + highest + " 取扱注意");
            assertThat(log.getHeader().getRight()).contains("機密性" + highest);
            assertThat(log.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(log.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(log.getRepeatingRows()).isNotNull();
            assertThat(log.getPaneInformation().isFreezePane()).isTrue();

            // rows in planned-out order; each record's cells as the entry says
            List<CarryEntry> inOrder = expected.stream()
                    .sorted(java.util.Comparator.comparing((CarryEntry e) -> e.record().plannedOut())
                            .thenComparing(CarryEntry::id)).toList();
            for (int i = 0; i < inOrder.size(); i++) {
                CarryEntry e = inOrder.get(i);
                List<String> row = texts(log.getRow(header + 1 + i), COLUMNS.size());
                assertThat(row.get(0)).isEqualTo(messages.label(e.record().kind()));
                assertThat(row.get(1)).isEqualTo(messages.label(e.record().status()));
                assertThat(row.get(5)).isEqualTo(e.carrierSectionName() + " " + e.carrierName());
                assertThat(row.get(6)).isEqualTo(e.record().purpose());
                if (e.record().kind() == CarryKind.CARRY_OUT) {
                    assertThat(row.get(3)).contains(e.assets().get(0).assetNo());
                    assertThat(row.get(4)).contains("機密性" + e.highestConfidentiality());
                    assertThat(row.get(16)).as("virus scan only for 持込").isEmpty();
                } else {
                    assertThat(row.get(15)).isEqualTo(e.record().device().owner());
                    assertThat(row.get(16)).isIn("○", "×");
                    assertThat(row.get(18)).contains("〜");
                }
                if (e.record().status() == CarryStatus.RETURNED) {
                    assertThat(row.get(10)).isNotEmpty();
                    assertThat(row.get(11)).isEqualTo(e.returnCheckerName()).isNotEmpty();
                }
                if (e.record().paperApproval()) {
                    assertThat(row.get(12)).isEqualTo(e.approverName() + "（紙決裁）");
                }
                if (e.record().status() == CarryStatus.REJECTED) {
                    assertThat(row.get(12)).isEqualTo(e.approverName() + "（却下）");
                }
                if (e.isConfidential3()) {
                    assertThat(row.get(19)).contains("機密性3の理由");
                }
            }
        }
    }

    @Test
    void theOverdueSheetListsWhatIsLateOnThePrintDate() throws IOException {
        List<CarryEntry> late = services.carry().overdue();
        Path file = services.carry().exportCarryLog(FY2026, dir.resolve("log.xlsx"),
                ExportProtection.NONE, messages, Progress.NONE);
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheet("返却遅延");
            int header = headerRow(sheet);
            assertThat(texts(sheet.getRow(header))).containsExactly("管理番号・対象", "情報の内容・機密性", "所属・氏名",
                    "持出先", "持出日時", "返却予定日", "遅延日数", "許可者");
            assertThat(sheet.getLastRowNum() - header).isEqualTo(late.size()).isEqualTo(2);
            LocalDateTime now = services.carry().now();
            for (int i = 0; i < late.size(); i++) {
                List<String> row = texts(sheet.getRow(header + 1 + i), 8);
                assertThat(row.get(0)).contains(late.get(i).assets().get(0).assetNo());
                assertThat(row.get(6)).isEqualTo(String.valueOf(late.get(i).record().daysOverdue(now.toLocalDate())));
            }
            assertThat(texts(sheet.getRow(1)).get(0)).contains("返却遅延 2 件");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        DaichoServices clerk = login("tanto");
        Staff carrier = clerk.staff().all().stream().filter(s -> !s.securityManager()).skip(5).findFirst().orElseThrow();
        long asset = clerk.carry().carryableAssets().stream()
                .filter(e -> e.asset().classes().confidentiality() == 1).findFirst().orElseThrow().asset().id();
        clerk.carry().apply(CarryDraft.carryOut(List.of(asset), carrier.id(), "=HYPERLINK(\"http://x\")", "+県庁",
                clerk.carry().now().plusHours(1), clerk.carry().now().plusDays(1), EnumSet.of(CarryMeasure.PASSWORD),
                "", ""));
        Path file = clerk.carry().exportCarryLog(FY2026, dir, ExportProtection.NONE, messages, Progress.NONE);
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet log = book.getSheetAt(0);
            List<Cell> purposes = new ArrayList<>();
            for (int r = headerRow(log) + 1; r <= log.getLastRowNum(); r++) {
                purposes.add(log.getRow(r).getCell(6));
            }
            assertThat(purposes).anySatisfy(c -> {
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            });
        }
    }

    private DaichoServices login(String user) {
        Path data = services.dataDir();
        services.close();
        services = DaichoServices.login(data, user, TestStores.PASSWORD.toCharArray(), clock, KeyDerivation.forTests())
                .services();
        return services;
    }

    @Test
    void aCancelledLogLeavesNothingBehind() throws IOException {
        Progress cancel = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Path out = Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> services.carry().exportCarryLog(FY2026, out, ExportProtection.NONE, messages, cancel))
                .isInstanceOf(CancellationException.class);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        assertThatThrownBy(() -> services.carry().exportCarryLog(FY2026, dir.resolve("no-such-folder"),
                ExportProtection.NONE, messages,
                Progress.NONE)).isInstanceOf(ExportException.class);
    }

    @Test
    void theApplicationFormIsOnePageWithItsApprovalBoxesAndThePermission() throws IOException {
        CarryEntry approved = services.carry().list(CarryFilter.status(CarryStatus.OUT)).get(0);
        Path file = services.carry().exportApplication(approved.id(), dir,
                ExportProtection.NONE, messages, Progress.NONE);
        assertThat(file.getFileName().toString()).isEqualTo(services.carry().applicationFileName(approved.id(), messages))
                .isEqualTo("機密性" + approved.highestConfidentiality() + "_持出・持込申請書_No" + approved.id() + ".xlsx");
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            List<String> everything = new ArrayList<>();
            sheet.forEach(row -> everything.addAll(texts(row)));
            // the approval boxes of the demo's settings, the permission and the people
            assertThat(everything).contains("担当", "係長", "課長", "事務局長", "許可者（情報セキュリティ管理者）",
                    approved.carrierSectionName() + " " + approved.carrierName(), approved.record().purpose());
            assertThat(everything).anySatisfy(t -> assertThat(t).startsWith(approved.approverName()));
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getLastRowNum() - headerRow(sheet)).isEqualTo(13);
        }
    }
}
