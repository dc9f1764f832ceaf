package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.CarryDraft;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.testing.MutableClock;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 監査証跡ブック of the demo store, written by the service and read back with POI. */
class AuditBookServiceTest {

    private static final FiscalYear FY2025 = new FiscalYear(2025);
    private static final FiscalYear FY2026 = new FiscalYear(2026);

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

    @Test
    void theBookHoldsTheYearsSheetsInOrderAndIsNamedWithItsClass() throws IOException {
        AuditBookService.Export export = services.auditBook().export(FY2026, out(), ExportProtection.NONE, messages,
                Progress.NONE);

        assertThat(export.file().getFileName().toString()).isEqualTo("機密性3_監査証跡ブック_令和8年度.xlsx");
        assertThat(export.chain().intact()).isTrue();
        try (XSSFWorkbook book = read(export.file())) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("表紙", "情報資産管理台帳", "持出・持込記録簿", "廃棄記録簿", "年度受講状況",
                    "研修一覧", "変更履歴", "自己点検");
            assertThat(export.sheets()).extracting(AuditBookService.Sheet::name).containsExactlyElementsOf(
                    names.subList(1, names.size()));
            // every sheet's row count on the cover is its rows below the header
            for (AuditBookService.Sheet written : export.sheets()) {
                XSSFSheet sheet = book.getSheet(written.name());
                assertThat(sheet.getLastRowNum() - headerRow(sheet)).as(written.name()).isEqualTo(written.rows());
                assertThat(coverValue(book, written.name())).isEqualTo(String.valueOf(written.rows()));
            }
            assertThat(coverValue(book, "年度")).isEqualTo("令和8年度（2026年度）");
            assertThat(coverValue(book, "台帳の基準日")).isEqualTo("令和8年11月24日");
            assertThat(coverValue(book, "団体名")).isEqualTo(services.settings().settings().organisationName());
            assertThat(coverValue(book, "結果")).startsWith("改ざんは見つかりませんでした");
        }
    }

    @Test
    void onlyTheYearsCarryRecordsAndHistoryAreInTheBook() throws IOException {
        // a carry-out applied and planned in March 2026: 令和7年度
        clock.advance(Duration.ofDays(-250));
        DaichoServices clerk = login("tanto");
        Staff carrier = clerk.staff().all().stream().filter(s -> !s.securityManager()).skip(3).findFirst().orElseThrow();
        long asset = clerk.carry().carryableAssets().stream()
                .filter(e -> e.asset().classes().confidentiality() == 1).findFirst().orElseThrow().asset().id();
        LocalDateTime march = clerk.carry().now().plusHours(1);
        assertThat(FiscalYear.of(march.toLocalDate())).isEqualTo(FY2025);
        clerk.carry().apply(CarryDraft.carryOut(List.of(asset), carrier.id(), "前年度の持出（試験）", "試験会場",
                march, march.plusHours(3), EnumSet.of(CarryMeasure.PASSWORD), "", ""));
        clock.advance(Duration.ofDays(250));

        Path file = clerk.auditBook().export(FY2026, out(), ExportProtection.NONE, messages, Progress.NONE).file();
        try (XSSFWorkbook book = read(file)) {
            assertThat(column(book.getSheet("持出・持込記録簿"), 6)).isNotEmpty().doesNotContain("前年度の持出（試験）");
            List<String> when = column(book.getSheet("変更履歴"), 1);
            assertThat(when).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith("令和8年"));
        }
        Path before = clerk.auditBook().export(FY2025, out(), ExportProtection.NONE, messages, Progress.NONE).file();
        try (XSSFWorkbook book = read(before)) {
            assertThat(column(book.getSheet("持出・持込記録簿"), 6)).containsExactly("前年度の持出（試験）");
            assertThat(column(book.getSheet("変更履歴"), 1)).isNotEmpty()
                    .allSatisfy(w -> assertThat(w).startsWith("令和8年3月"));
        }
    }

    @Test
    void theLedgerIsAsAtTheYearsLastDay() throws IOException {
        LocalDate lastDay = FY2025.lastDay();
        List<String> registeredBy = services.ledger().entries().stream().map(LedgerEntry::asset)
                .filter(a -> !a.registeredOn().isAfter(lastDay)).map(a -> a.assetNo()).sorted().toList();
        List<String> all = services.ledger().entries().stream().map(e -> e.asset().assetNo()).sorted().toList();

        Path before = services.auditBook().export(FY2025, out(), ExportProtection.NONE, messages, Progress.NONE).file();
        Path now = services.auditBook().export(FY2026, out(), ExportProtection.NONE, messages, Progress.NONE).file();

        try (XSSFWorkbook book = read(before)) {
            assertThat(coverValue(book, "台帳の基準日")).isEqualTo("令和8年3月31日");
            assertThat(column(book.getSheet("情報資産管理台帳"), 0)).containsExactlyElementsOf(registeredBy);
        }
        try (XSSFWorkbook book = read(now)) {
            assertThat(column(book.getSheet("情報資産管理台帳"), 0)).containsExactlyElementsOf(all);
        }
        assertThat(registeredBy.size()).isLessThan(all.size());
    }

    @Test
    void theSameDataGivesTheSameCellsApartFromTheProductionTime() throws IOException {
        Path first = services.auditBook().export(FY2026, out().resolve("first.xlsx"), ExportProtection.NONE, messages,
                Progress.NONE).file();
        clock.advance(Duration.ofMinutes(70));
        Path second = services.auditBook().export(FY2026, out().resolve("second.xlsx"), ExportProtection.NONE,
                messages, Progress.NONE).file();

        try (XSSFWorkbook a = read(first); XSSFWorkbook b = read(second)) {
            assertThat(coverValue(a, "作成日時")).isNotEqualTo(coverValue(b, "作成日時"));
            assertThat(cells(a)).isEqualTo(cells(b));
        }
    }

    @Test
    void aCancelledBookLeavesNoFileBehind() throws IOException {
        Path folder = out();
        Progress cancelMidway = new Progress() {
            private long updates;

            @Override
            public void update(long done, long total) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return updates > 200;
            }
        };

        assertThatThrownBy(() -> services.auditBook().export(FY2026, folder, ExportProtection.NONE, messages,
                cancelMidway)).isInstanceOf(CancellationException.class);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anEncryptedBookOpensOnlyWithItsPassword() throws Exception {
        char[] password = "audit-book-pass-2026".toCharArray();
        ExportProtection protection = ExportProtection.withPassword(password);
        Path file = services.auditBook().export(FY2026, out(), protection, messages, Progress.NONE).file();
        protection.clear();

        assertThatThrownBy(() -> read(file)).isInstanceOf(Exception.class);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            assertThat(decryptor.verifyPassword("wrong-password")).isFalse();
            assertThat(decryptor.verifyPassword(new String(password))).isTrue();
            try (InputStream in = decryptor.getDataStream(fs); XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertThat(coverValue(book, "年度")).isEqualTo("令和8年度（2026年度）");
                assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("表紙");
            }
        }
    }

    @Test
    void thePreselectionOfEncryptionFollowsTheLedgersHighestClass() {
        assertThat(services.auditBook().highestConfidentiality(FY2026)).isEqualTo(3);
        AuditBookService.Contents contents = services.auditBook().contents(FY2026);
        assertThat(contents.assets()).isEqualTo(services.ledger().entries().size());
        assertThat(contents.asOf()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Path out() throws IOException {
        Path folder = dir.resolve("out-" + System.nanoTime());
        return Files.createDirectories(folder);
    }

    private DaichoServices login(String user) {
        Path data = services.dataDir();
        services.close();
        services = DaichoServices.login(data, user, TestStores.PASSWORD.toCharArray(), clock, KeyDerivation.forTests())
                .services();
        return services;
    }

    static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static int headerRow(XSSFSheet sheet) {
        return CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef()).getFirstRow();
    }

    /** The texts of one column below the header, as shown. */
    static List<String> column(XSSFSheet sheet, int column) {
        DataFormatter format = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int r = headerRow(sheet) + 1; r <= sheet.getLastRowNum(); r++) {
            values.add(format.formatCellValue(sheet.getRow(r).getCell(column)));
        }
        return values;
    }

    /** The value beside a label on the cover (the first row whose first cell is {@code label}). */
    static String coverValue(XSSFWorkbook book, String label) {
        DataFormatter format = new DataFormatter();
        for (Row row : book.getSheetAt(0)) {
            Cell first = row.getCell(0);
            if (first != null && label.equals(format.formatCellValue(first))) {
                return format.formatCellValue(row.getCell(1));
            }
        }
        throw new AssertionError("no " + label + " on the cover");
    }

    /** Every cell of every sheet as shown, except the production time on the cover. */
    private static List<String> cells(XSSFWorkbook book) {
        DataFormatter format = new DataFormatter();
        List<String> all = new ArrayList<>();
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                boolean producedAt = sheet == book.getSheetAt(0) && first != null
                        && "作成日時".equals(format.formatCellValue(first));
                for (Cell cell : row) {
                    if (!(producedAt && cell.getColumnIndex() > 0)) {
                        all.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + format.formatCellValue(cell));
                    }
                }
            }
        }
        return all;
    }
}
