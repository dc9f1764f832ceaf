package org.daicho.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.Classification;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FieldChange;
import org.daicho.domain.InspectionFinding;
import org.daicho.domain.InspectionItem;
import org.daicho.domain.InspectionResult;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.RecordType;
import org.daicho.domain.SelfInspection;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The 監査証跡ブック form from hand-made contents, read back with POI. */
class AuditBookFormTest {

    private static final LocalDateTime PRODUCED = LocalDateTime.of(2027, 4, 15, 9, 30, 5);
    private static final String HASH_1 = "a".repeat(64);
    private static final String HASH_2 = "b".repeat(64);

    private static LedgerEntry asset(String assetNo, int confidentiality, String note) {
        Asset asset = new Asset(1L, assetNo, "総務", "試験用端末", AssetKind.TERMINAL, "内蔵SSD", NetworkZone.LGWAN,
                "試験電機", "TX-100", "SN-" + assetNo, 1L, 2L, "総務係", new Classification(confidentiality, 1, 1),
                PersonalInfoKind.PERSONAL, "事務室 書庫A", true, true, LocalDate.of(2026, 4, 1), Ownership.PURCHASED,
                null, AssetStatus.IN_USE, null, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 10, 1), null, note);
        return new LedgerEntry(asset, "総務課", "試験 太郎");
    }

    private static SelfInspection inspection() {
        List<InspectionResult> results = new ArrayList<>();
        for (InspectionItem item : InspectionItem.values()) {
            List<InspectionFinding> failing = item == InspectionItem.LEDGER_REVIEWED
                    ? List.of(InspectionFinding.of(RecordType.ASSET, 2, "PC-0002", "inspection.problem.notReviewedThisYear",
                            "令和7年10月1日"))
                    : List.of();
            results.add(new InspectionResult(item, item == InspectionItem.CARRY_APPROVED ? 0 : 2, failing));
        }
        return new SelfInspection(TrainingFormFixtures.FY2026, LocalDate.of(2027, 3, 31), results);
    }

    private static AuditBookForm.Contents contents(DateStyle style, boolean intact) {
        List<LedgerEntry> ledger = List.of(asset("PC-0001", 2, "=SUM(A1:A9)"), asset("PC-0002", 3, "保守契約あり"));
        List<AuditBookForm.HistoryItem> history = List.of(
                new AuditBookForm.HistoryItem(41, LocalDateTime.of(2026, 4, 2, 10, 0, 0), "tanto", "ASSET", 1, "PC-0001",
                        "CREATE", "", List.of(new FieldChange("ASSET_NO", null, "PC-0001"),
                                new FieldChange("NAME", null, "試験用端末")), HASH_1),
                new AuditBookForm.HistoryItem(42, LocalDateTime.of(2026, 10, 1, 15, 4, 9), "tanto", "ASSET", 1,
                        "PC-0001", "UPDATE", "", List.of(new FieldChange("NOTE", "", "=SUM(A1:A9)")), HASH_2));
        AuditBookForm.Counts counts = new AuditBookForm.Counts(2, 0, 0, 0, 0,
                TrainingFormFixtures.compliance().people().size(), 0, 2);
        AuditBookForm.ChainCheck chain = intact
                ? new AuditBookForm.ChainCheck(true, "改ざんは見つかりませんでした（変更履歴 42 件、記録 3 件を確認）。", "", 42,
                        HASH_2)
                : new AuditBookForm.ChainCheck(false, "改ざんの疑いがあります（変更履歴 41 件、記録 0 件を確認）。",
                        "変更履歴 #42 の内容がハッシュ値と一致しません。アプリの外で書き換えられています。", 41, HASH_1);
        return new AuditBookForm.Contents(TrainingFormFixtures.FY2026, LocalDate.of(2027, 3, 31), PRODUCED,
                "試験 太郎（admin）", 3, counts, ledger::forEach, row -> { }, row -> { },
                TrainingFormFixtures.compliance(), TrainingFormFixtures.SECTIONS, List.of(), history::forEach, () -> chain,
                AuditBookFormTest::inspection);
    }

    private static XSSFWorkbook write(DateStyle style, boolean intact) throws IOException {
        AuditBookForm form = new AuditBookForm(Messages.japanese(), TrainingFormFixtures.settings(style));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        form.write(contents(style, intact), out, FormProgress.NONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static int headerRow(XSSFSheet sheet) {
        return CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef()).getFirstRow();
    }

    private static String cover(XSSFWorkbook book, String label) {
        for (Row row : book.getSheetAt(0)) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                Cell value = row.getCell(1);
                return value.getCellType() == CellType.NUMERIC ? String.valueOf((long) value.getNumericCellValue())
                        : value.getStringCellValue();
            }
        }
        throw new AssertionError("no " + label + " on the cover");
    }

    /** The SHA-256 of a sheet recomputed from its cells, as the cover's note says. */
    private static String recompute(XSSFSheet sheet) throws Exception {
        int header = headerRow(sheet);
        int columns = sheet.getRow(header).getLastCellNum();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                cells.add(cell == null ? "" : switch (cell.getCellType()) {
                    case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                            .toString() : SheetDigest.number(cell.getNumericCellValue());
                    case STRING -> cell.getStringCellValue();
                    default -> "";
                });
            }
            sha.update((String.join("\t", cells) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void theSheetsComeInTheirOrderAndTheFileCarriesTheHighestClass() throws IOException {
        AuditBookForm form = new AuditBookForm(Messages.japanese(), TrainingFormFixtures.settings(DateStyle.WAREKI));
        assertThat(form.fileName(3, TrainingFormFixtures.FY2026)).isEqualTo("機密性3_監査証跡ブック_令和8年度.xlsx");
        assertThat(AuditBookForm.highestConfidentiality(1)).as("staff names are 機密性2").isEqualTo(2);

        try (XSSFWorkbook book = write(DateStyle.WAREKI, true)) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactlyElementsOf(form.sheetNames());
            assertThat(names).containsExactly("表紙", "情報資産管理台帳", "持出・持込記録簿", "廃棄記録簿", "年度受講状況",
                    "研修一覧", "変更履歴", "自己点検");
            assertThat(book.getSheetAt(1).getHeader().getRight()).contains("機密性3 取扱注意");
            assertThat(book.getProperties().getCoreProperties().getCategory()).isEqualTo("機密性3 取扱注意");
        }
    }

    @Test
    void theCoverSaysWhatWhenAndByWhomAndCountsEverySheet() throws IOException {
        try (XSSFWorkbook book = write(DateStyle.WAREKI, true)) {
            assertThat(cover(book, "団体名")).isEqualTo(TrainingFormFixtures.ORGANISATION);
            assertThat(cover(book, "年度")).isEqualTo("令和8年度（2026年度）");
            assertThat(cover(book, "対象期間")).isEqualTo("令和8年4月1日〜令和9年3月31日");
            assertThat(cover(book, "台帳の基準日")).isEqualTo("令和9年3月31日");
            assertThat(cover(book, "作成日時")).isEqualTo("令和9年4月15日 09:30:05");
            assertThat(cover(book, "作成者")).isEqualTo("試験 太郎（admin）");
            assertThat(cover(book, "情報資産管理台帳")).isEqualTo("2");
            assertThat(cover(book, "変更履歴")).as("one row per changed field").isEqualTo("3");
            assertThat(cover(book, "自己点検")).isEqualTo(String.valueOf(InspectionItem.values().length + 1));
            assertThat(cover(book, "この年度のチェーンの末尾（番号・ハッシュ）")).isEqualTo("#42　" + HASH_2);
            assertThat(cover(book, "結果")).startsWith("改ざんは見つかりませんでした");
        }
        try (XSSFWorkbook book = write(DateStyle.SEIREKI, true)) {
            assertThat(cover(book, "年度")).isEqualTo("2026年度");
        }
    }

    @Test
    void eachSheetsSha256OnTheCoverIsRecomputedFromItsCells() throws Exception {
        for (DateStyle style : DateStyle.values()) {
            try (XSSFWorkbook book = write(style, true)) {
                for (int s = 1; s < book.getNumberOfSheets(); s++) {
                    XSSFSheet sheet = book.getSheetAt(s);
                    String onCover = null;
                    for (Row row : book.getSheetAt(0)) {
                        Cell first = row.getCell(0);
                        if (first != null && first.getCellType() == CellType.STRING
                                && first.getStringCellValue().equals(sheet.getSheetName()) && row.getCell(2) != null) {
                            onCover = row.getCell(2).getStringCellValue();
                        }
                    }
                    assertThat(onCover).as(style + " " + sheet.getSheetName()).isEqualTo(recompute(sheet));
                }
            }
        }
    }

    @Test
    void theHistoryShowsEachChangeWithItsChainHashAndTheCoverTheCheck() throws IOException {
        try (XSSFWorkbook book = write(DateStyle.WAREKI, false)) {
            XSSFSheet history = book.getSheet("変更履歴");
            int header = headerRow(history);
            List<String> above = new ArrayList<>();
            for (int r = 0; r < header; r++) {
                Row row = history.getRow(r);
                if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                    above.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(above).contains("この年度の変更履歴のチェックの結果と、チェーンの末尾は表紙の「3」にあります。");
            assertThat(cover(book, "結果")).isEqualTo("改ざんの疑いがあります（変更履歴 41 件、記録 0 件を確認）。");
            assertThat(cover(book, "この年度のチェーンの末尾（番号・ハッシュ）")).isEqualTo("#41　" + HASH_1);
            Row first = history.getRow(header + 1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(41);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("令和8年4月2日 10:00:00");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("情報資産");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("PC-0001");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("登録");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("管理番号");
            assertThat(first.getCell(11).getStringCellValue()).isEqualTo(HASH_1);
            assertThat(history.getRow(header + 3).getCell(11).getStringCellValue()).isEqualTo(HASH_2);
            assertThat(cover(book, "最初の不整合")).contains("#42");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook book = write(DateStyle.WAREKI, true)) {
            XSSFSheet ledger = book.getSheet("情報資産管理台帳");
            Cell note = ledger.getRow(headerRow(ledger) + 1).getCell(ledger.getRow(headerRow(ledger)).getLastCellNum() - 1);
            assertThat(note.getCellType()).isEqualTo(CellType.STRING);
            assertThat(note.getStringCellValue()).isEqualTo("=SUM(A1:A9)");
            XSSFSheet history = book.getSheet("変更履歴");
            Cell after = history.getRow(headerRow(history) + 3).getCell(9);
            assertThat(after.getCellType()).isEqualTo(CellType.STRING);
            assertThat(after.getStringCellValue()).isEqualTo("=SUM(A1:A9)");
        }
    }

    @Test
    void theSelfInspectionListsEachItemWithItsFailingRecords() throws IOException {
        try (XSSFWorkbook book = write(DateStyle.WAREKI, true)) {
            XSSFSheet sheet = book.getSheet("自己点検");
            int header = headerRow(sheet);
            Row reviewed = sheet.getRow(header + 2);
            assertThat(reviewed.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(reviewed.getCell(2).getStringCellValue()).isEqualTo("2.3(1)");
            assertThat(reviewed.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(reviewed.getCell(5).getNumericCellValue()).isEqualTo(1);
            Row finding = sheet.getRow(header + 3);
            assertThat(finding.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(finding.getCell(6).getStringCellValue()).isEqualTo("情報資産");
            assertThat(finding.getCell(7).getStringCellValue()).isEqualTo("PC-0002");
            Row carry = sheet.getRow(header + 4);
            assertThat(carry.getCell(3).getStringCellValue()).isEqualTo("該当なし");
        }
    }
}
