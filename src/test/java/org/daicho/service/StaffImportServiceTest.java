package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.HistoryAction;
import org.daicho.domain.HistoryEntry;
import org.daicho.domain.HistoryFilter;
import org.daicho.domain.RecordType;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.StaffField;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff import: .csv in UTF-8 (with BOM) and in Windows-31J as Japanese Excel writes it, .xlsx with real date
 * cells; columns guessed from their headers; every bad row named by row and column, and then nothing written.
 * The organisation has 試験課 and 見本課, and its administrator Z9001 (試験 管理者).
 */
class StaffImportServiceTest {

    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final String HEADER = "職員番号,氏名,フリガナ,所属,任用区分,採用日,同意書提出日";

    @TempDir
    Path dir;

    private final Messages ja = Messages.japanese();
    private DaichoServices services;
    private StaffImportService imports;

    @BeforeEach
    void makeStore() {
        services = ServiceFixtures.create(dir.resolve("data"));
        imports = services.staffImport();
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    private Path csv(String name, Charset charset, boolean bom, String... lines) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write((String.join("\r\n", lines) + "\r\n").getBytes(charset));
        }
        return file;
    }

    private ImportPreview preview(Path file) {
        ImportTable table = imports.read(file);
        return imports.preview(table, imports.guessMapping(table));
    }

    private Staff staff(String staffNo) {
        return services.staff().all().stream().filter(s -> s.staffNo().equals(staffNo)).findFirst().orElseThrow();
    }

    private long section(int index) {
        return services.settings().sections().get(index).id();
    }

    private int historySize() {
        return services.history().entries(HistoryFilter.ALL).size();
    }

    @Test
    void aUtf8CsvWithBomAddsTheStaffWithKatakanaTurnedIntoHiragana() throws IOException {
        Path file = csv("職員名簿.csv", StandardCharsets.UTF_8, true, HEADER,
                "T1001,試験 太郎,シケン　タロウ,試験課,職員,2026/4/1,",
                "T1002,試験 花子,ｼｹﾝ ﾊﾅｺ,見本課,非常勤,R8.4.1,R8.3.25");

        ImportTable table = imports.read(file);
        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.headers()).first().isEqualTo("職員番号"); // the BOM is not part of the first header
        ImportPreview preview = imports.preview(table, imports.guessMapping(table));
        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.rows()).extracting(StaffImportRow::row, StaffImportRow::status)
                .containsExactly(tuple(2, ImportStatus.NEW), tuple(3, ImportStatus.NEW));

        ImportResult result = imports.commit(preview);

        assertThat(result).isEqualTo(new ImportResult(2, 0, 0));
        Staff taro = staff("T1001");
        assertThat(taro.kana()).isEqualTo("しけん たろう");
        assertThat(taro.sectionId()).isEqualTo(section(0));
        assertThat(taro.employmentType()).isEqualTo(EmploymentType.REGULAR);
        assertThat(taro.hiredOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        Staff hanako = staff("T1002");
        assertThat(hanako.kana()).isEqualTo("しけん はなこ");
        assertThat(hanako.sectionId()).isEqualTo(section(1));
        assertThat(hanako.employmentType()).isEqualTo(EmploymentType.PART_TIME);
        assertThat(hanako.consentOn()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(services.history().entriesOf(RecordType.STAFF, taro.id())).extracting(HistoryEntry::action,
                HistoryEntry::userName).containsExactly(tuple(HistoryAction.CREATE, "admin"));
        assertThat(services.history().entriesOf(RecordType.STAFF, hanako.id())).hasSize(1);
    }

    @Test
    void aShiftJisCsvAsJapaneseExcelWritesItIsDetectedAndRead() throws IOException {
        // 髙 and ① exist in Windows-31J (Microsoft's Shift_JIS), not in plain Shift_JIS
        Path file = csv("名簿_sjis.csv", WINDOWS_31J, false, HEADER + ",備考",
                "T2001,試験 髙子,シケン タカコ,見本課,臨時,2026/10/1,2026/9/30,①",
                "\"T2002\",\"見本, 次郎\",みほん じろう,試験課,委託,2025/4/1,,");

        ImportTable table = imports.read(file);
        assertThat(table.encoding()).isEqualTo(WINDOWS_31J);
        ImportPreview preview = imports.preview(table, imports.guessMapping(table));
        assertThat(preview.errors()).isEmpty();

        imports.commit(preview);

        assertThat(staff("T2001").name()).isEqualTo("試験 髙子");
        assertThat(staff("T2001").kana()).isEqualTo("しけん たかこ");
        assertThat(staff("T2001").employmentType()).isEqualTo(EmploymentType.TEMPORARY);
        assertThat(staff("T2002").name()).isEqualTo("見本, 次郎");
        assertThat(staff("T2002").employmentType()).isEqualTo(EmploymentType.CONTRACTOR);
        assertThat(staff("T2002").consentOn()).isNull();
    }

    @Test
    void theEncodingCanBeChosenInsteadOfDetected() throws IOException {
        Path file = csv("名簿.csv", WINDOWS_31J, false, HEADER, "T2001,試験 髙子,しけん たかこ,見本課,臨時,2026/10/1,");

        ImportTable wrong = imports.read(file, StandardCharsets.UTF_8);
        assertThat(wrong.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(wrong.headers().get(0)).isNotEqualTo("職員番号");
        assertThat(imports.read(file, WINDOWS_31J).headers().get(0)).isEqualTo("職員番号");
        assertThat(StaffImportService.detectEncoding("plain ascii".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void anXlsxIsReadFromItsFirstNonEmptyRowWithDatesAsDatesAndNumbersAsShown() throws IOException {
        Path file = dir.resolve("職員名簿.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("名簿");
            CellStyle seireki = book.createCellStyle();
            seireki.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            CellStyle wareki = book.createCellStyle();
            wareki.setDataFormat(book.createDataFormat().getFormat("[$-ja-JP]ggge\"年\"m\"月\"d\"日\""));
            Row header = sheet.createRow(1); // row 1 of the sheet is left empty
            String[] names = {"職員番号", "氏名", "ふりがな", "所属", "任用区分", "採用日", "退職日",
                "情報セキュリティ管理者", "システム管理者"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row first = sheet.createRow(2);
            first.createCell(0).setCellValue(1001); // a number: read as Excel shows it, 1001
            first.createCell(1).setCellValue("試験 太郎");
            first.createCell(2).setCellValue("しけん たろう");
            first.createCell(3).setCellValue("試験課");
            first.createCell(4).setCellValue("正職員");
            first.createCell(5).setCellValue(LocalDate.of(2020, 4, 1));
            first.getCell(5).setCellStyle(seireki);
            first.createCell(7).setCellValue("○");
            Row second = sheet.createRow(4); // row 4 empty: row numbers follow the sheet's
            second.createCell(0).setCellValue("T0002");
            second.createCell(1).setCellValue("試験 次郎");
            second.createCell(2).setCellValue("シケン ジロウ");
            second.createCell(3).setCellValue("見本課");
            second.createCell(4).setCellValue("職員");
            second.createCell(5).setCellValue(LocalDate.of(2019, 4, 1));
            second.getCell(5).setCellStyle(wareki);
            second.createCell(6).setCellValue(LocalDate.of(2026, 3, 31));
            second.getCell(6).setCellStyle(seireki);
            second.createCell(8).setCellValue(true);
            book.write(out);
        }

        ImportTable table = imports.read(file);
        assertThat(table.isCsv()).isFalse();
        assertThat(table.rows()).extracting(ImportRow::rowNumber).containsExactly(3, 5);
        assertThat(table.rows().get(0).cell(5)).isEqualTo("2020/4/1");
        ImportPreview preview = imports.preview(table, imports.guessMapping(table));
        assertThat(preview.errors()).isEmpty();
        imports.commit(preview);

        Staff first = staff("1001");
        assertThat(first.hiredOn()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(first.securityManager()).isTrue();
        assertThat(first.systemManager()).isFalse();
        Staff second = staff("T0002");
        assertThat(second.hiredOn()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(second.leftOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(second.kana()).isEqualTo("しけん じろう");
        assertThat(second.systemManager()).isTrue();
    }

    @Test
    void theColumnsAreGuessedFromTheHeadersAnUnknownOneIsNotRead() {
        ImportTable table = new ImportTable("x.csv", StandardCharsets.UTF_8, List.of("備考", "職員コード", "氏名カナ",
                "名前", "所属名", "雇用区分", "採用年月日", "退職日", "同意書", "セキュリティ管理者", "システム管理者"),
                List.of());

        Map<StaffField, Integer> mapping = imports.guessMapping(table);

        assertThat(mapping).containsExactlyInAnyOrderEntriesOf(Map.of(StaffField.STAFF_NO, 1, StaffField.KANA, 2,
                StaffField.NAME, 3, StaffField.SECTION, 4, StaffField.EMPLOYMENT_TYPE, 5, StaffField.HIRED_ON, 6,
                StaffField.LEFT_ON, 7, StaffField.CONSENT_ON, 8, StaffField.SECURITY_MANAGER, 9,
                StaffField.SYSTEM_MANAGER, 10));
        assertThat(imports.guessMapping(new ImportTable("y.csv", StandardCharsets.UTF_8,
                List.of("ＮＯ", "氏名", "氏名（ふりがな）", "情報システム管理者"), List.of())))
                .containsEntry(StaffField.NAME, 1).containsEntry(StaffField.KANA, 2)
                .containsEntry(StaffField.SYSTEM_MANAGER, 3).doesNotContainKey(StaffField.SECURITY_MANAGER);
    }

    @Test
    void katakanaOfEitherWidthBecomesHiragana() {
        assertThat(StaffImportService.toHiragana("シケン　タロウ")).isEqualTo("しけん たろう");
        assertThat(StaffImportService.toHiragana("ｼｹﾝ ｼﾞﾛｰ")).isEqualTo("しけん じろー");
        assertThat(StaffImportService.toHiragana("ヴァン")).isEqualTo("ゔぁん");
        assertThat(StaffImportService.toHiragana("しけん")).isEqualTo("しけん");
    }

    @Test
    void everyBadRowIsNamedByRowAndColumnAndNothingIsWritten() throws IOException {
        int staffBefore = services.staff().all().size();
        int historyBefore = historySize();
        Path file = csv("bad.csv", StandardCharsets.UTF_8, false, HEADER,
                "T1001,試験 太郎,しけん たろう,試験課,職員,2026/4/1,",
                "T1002,試験 花子,しけん はなこ,存在しない課,職員,2026/4/1,",
                "T1003,試験 三郎,しけん さぶろう,試験課,職員,2026/2/30,",
                "T1004,,しけん しろう,試験課,職員,2026/4/1,",
                "",
                "T1001,試験 五郎,しけん ごろう,試験課,職員,2026/4/1,",
                "T1006,試験 六郎,しけん ろくろう,試験課,正社員,2026/4/1,");

        ImportPreview preview = preview(file);

        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.count(ImportStatus.NEW)).isEqualTo(1);
        assertThat(preview.count(ImportStatus.ERROR)).isEqualTo(5);
        assertThat(preview.errors()).extracting(e -> e.describe(ja)).containsExactly(
                "行 3 列「所属」: 所属「存在しない課」は登録されていません。設定で所属を追加するか、登録済みの所属名にしてください。",
                "行 4 列「採用日」: 採用日の「2026/2/30」は日付として読めません。2026/04/01 や R8.4.1 の形で入力してください（存在しない日付は使えません）。",
                "行 5 列「氏名」: 氏名を入力してください。",
                "行 7 列「職員番号」: 職員番号「T1001」はこのファイルの 2 行目にもあります。",
                "行 8 列「任用区分」: 任用区分「正社員」は読めません。職員・非常勤・臨時・委託のいずれかにしてください。");
        assertThat(preview.errors().get(2).describe(Messages.forLanguage("en"))).startsWith("Row 5, column “氏名”: ");

        assertThatThrownBy(() -> imports.commit(preview)).isInstanceOf(ImportRejectedException.class);
        assertThat(services.staff().all()).hasSize(staffBefore);
        assertThat(historySize()).isEqualTo(historyBefore);
    }

    @Test
    void aNewStaffMemberLacksNothingTheFormWouldAskFor() throws IOException {
        Path file = csv("short.csv", StandardCharsets.UTF_8, false, "職員番号,氏名", "T1001,試験 太郎");

        ImportPreview preview = preview(file);

        assertThat(preview.errors()).extracting(e -> e.describe(ja)).containsExactly(
                "行 2 列「ふりがな」: ふりがなを入力してください。",
                "行 2 列「所属」: 所属を入力してください。",
                "行 2 列「任用区分」: 任用区分を入力してください。",
                "行 2 列「採用日」: 採用日を入力してください。");
    }

    @Test
    void reImportingUpdatesByStaffNumberKeepsColumnsNotInTheFileAndLeavesOthersAlone() throws IOException {
        imports.commit(preview(csv("first.csv", StandardCharsets.UTF_8, false, HEADER,
                "T1001,試験 太郎,しけん たろう,試験課,職員,2026/4/1,",
                "T1002,試験 花子,しけん はなこ,見本課,非常勤,2026/4/1,2026/3/25")));
        Staff taro = staff("T1001");
        Staff hanako = staff("T1002");
        // the flag was set in the window; the file has no such column and must not clear it
        services.staff().save(hanako.id(), new StaffDraft("T1002", "試験 花子", "しけん はなこ", section(1),
                EmploymentType.PART_TIME, "2026/4/1", "", false, true, "2026/3/25"));
        Staff admin = staff("Z9001");
        int historyBefore = historySize();

        ImportPreview again = preview(csv("second.csv", StandardCharsets.UTF_8, false, HEADER,
                "T1002,試験 花子,しけん はなこ,見本課,非常勤,2026/4/1,2026/3/25",
                "Ｔ１００１,試験 太朗,しけん たろう,見本課,職員,2026/4/1,"));
        assertThat(again.rows()).extracting(StaffImportRow::status)
                .containsExactly(ImportStatus.UNCHANGED, ImportStatus.UPDATE);
        assertThat(again.rows().get(1).changed()).containsExactly(StaffField.NAME, StaffField.SECTION);
        ImportResult result = imports.commit(again);

        assertThat(result).isEqualTo(new ImportResult(0, 1, 1));
        Staff changed = staff("T1001");
        assertThat(changed.id()).isEqualTo(taro.id());
        assertThat(changed.name()).isEqualTo("試験 太朗");
        assertThat(changed.sectionId()).isEqualTo(section(1));
        assertThat(staff("T1002").systemManager()).isTrue();
        assertThat(staff("Z9001")).isEqualTo(admin);
        assertThat(services.staff().all()).hasSize(3);
        assertThat(historySize()).isEqualTo(historyBefore + 1);
        assertThat(services.history().entriesOf(RecordType.STAFF, taro.id())).extracting(HistoryEntry::action)
                .containsExactly(HistoryAction.UPDATE, HistoryAction.CREATE);
    }

    @Test
    void rowsAreCheckedAgainWhenWrittenAgainstTheRegisterAsItIsThen() throws IOException {
        ImportPreview preview = preview(csv("new.csv", StandardCharsets.UTF_8, false, HEADER,
                "T1001,試験 太郎,しけん たろう,試験課,職員,2026/4/1,"));
        assertThat(preview.rows().get(0).status()).isEqualTo(ImportStatus.NEW);
        // meanwhile someone registers T1001 in the window
        Staff meanwhile = services.staff().save(null, ServiceFixtures.staffDraft("T1001", "見本 太郎", "みほん たろう",
                section(1)));

        ImportResult result = imports.commit(preview);

        assertThat(result).isEqualTo(new ImportResult(0, 1, 0));
        assertThat(staff("T1001").id()).isEqualTo(meanwhile.id());
        assertThat(staff("T1001").name()).isEqualTo("試験 太郎");
    }

    @Test
    void aFileThatIsNoTableIsRefusedWithItsName() throws IOException {
        Path pdf = Files.writeString(dir.resolve("名簿.pdf"), "%PDF-1.7");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "\r\n,,\r\n");
        Path broken = Files.writeString(dir.resolve("broken.xlsx"), "not a workbook");

        assertThatThrownBy(() -> imports.read(pdf)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(ja.get(e.messageKey(), e.args().toArray())).startsWith("「名簿.pdf」は取り込めません。"));
        assertThatThrownBy(() -> imports.read(empty)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.messageKey()).isEqualTo("staff.import.error.empty"));
        assertThatThrownBy(() -> imports.read(broken)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(ja.get(e.messageKey(), e.args().toArray())).startsWith("「broken.xlsx」を読めません"));
        assertThatThrownBy(() -> imports.read(dir.resolve("none.csv"))).isInstanceOfSatisfying(
                ImportFileException.class, e -> assertThat(e.messageKey()).isEqualTo("staff.import.error.notFound"));
    }
}
