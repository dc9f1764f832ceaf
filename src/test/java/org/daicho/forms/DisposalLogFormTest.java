package org.daicho.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.Classification;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalDecision;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.EvidenceKind;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 廃棄記録簿 and its 消去・廃棄証明 sheets, written from hand-made records and read back with POI. */
class DisposalLogFormTest {

    private static final String ORGANISATION = "試験市環境衛生組合";
    private static final LocalDateTime PRINT_TIME = LocalDateTime.of(2027, 4, 10, 9, 30);
    /** Title, subtitle, three approval rows, spacer: the header is the 7th row. */
    private static final int HEADER_ROW = 6;
    private static final int FIRST_DATA_ROW = HEADER_ROW + 1;
    private static final String HASH_A = "a".repeat(56) + "0123abcd";
    private static final String HASH_B = "b".repeat(56) + "4567cdef";
    private static final String HASH_C = "c".repeat(64);
    private static final String CERTIFICATE_1 = "消去・廃棄証明 D-2026-0001";
    private static final String CERTIFICATE_2 = "消去・廃棄証明 D-2026-0002";

    private final Messages messages = Messages.japanese();

    @TempDir
    Path dir;

    private static OrganisationSettings settings(DateStyle style) {
        return new OrganisationSettings(ORGANISATION, List.of("担当", "係長", "課長", "事務局長"), style,
                OrganisationSettings.defaultPrefixes());
    }

    private static Asset asset(long id, String assetNo, String name, AssetKind kind, String medium, String maker,
            String model, String serial, int confidentiality) {
        return new Asset(id, assetNo, "総務", name, kind, medium, NetworkZone.LGWAN, maker, model, serial, 1L, 2L,
                "総務係", new Classification(confidentiality, 1, 1), PersonalInfoKind.PERSONAL, "事務室 書庫A", true,
                true, LocalDate.of(2022, 4, 1), Ownership.PURCHASED, null, AssetStatus.DISPOSED, null,
                LocalDate.of(2022, 4, 2), LocalDate.of(2026, 10, 1), null, "");
    }

    private static EvidenceFile evidence(long id, long disposalId, String name, EvidenceKind kind, String hash) {
        return new EvidenceFile(id, disposalId, name, kind, 12_345, hash, LocalDateTime.of(2026, 6, 2, 10, 0));
    }

    /**
     * D-2026-0001: a batch of three USB sticks (機密性2, 2, 3), purged in the office with a witness, two evidence
     * files. D-2026-0002: a lease-return PC destroyed off the premises by a contractor's worker, 紙決裁.
     */
    private static List<DisposalEntry> sample() {
        return sample("3回上書き", "試験消去ツール");
    }

    private static List<DisposalEntry> sample(String methodDetails, String tool) {
        List<Asset> sticks = List.of(
                asset(11, "USB-0001", "試験用USBメモリ1", AssetKind.STORAGE_MEDIUM, "USBメモリ 32GB", "試験電機", "UM-32",
                        "SN-A001", 2),
                asset(12, "USB-0002", "試験用USBメモリ2", AssetKind.STORAGE_MEDIUM, "USBメモリ 32GB", "試験電機", "UM-32",
                        "SN-A002", 2),
                asset(13, "USB-0003", "試験用USBメモリ3", AssetKind.STORAGE_MEDIUM, "USBメモリ 32GB", "試験電機", "UM-32",
                        "SN-A003", 3));
        DisposalRecord first = new DisposalRecord(1L, "D-2026-0001", DisposalStatus.COMPLETED, List.of(11L, 12L, 13L),
                new DisposalDraft(List.of(11L, 12L, 13L), DisposalEnd.DISPOSE, SanitisationMethod.PURGE,
                        SanitisationTechnique.OVERWRITE, DisposalPlace.INSIDE, LocalDate.of(2026, 6, 1), "更新のため",
                        ""),
                100L, 20L, LocalDateTime.of(2026, 5, 20, 10, 0),
                new DisposalDecision(101L, 21L, LocalDateTime.of(2026, 5, 21, 14, 5), false, null, "庁舎内で実施のこと"),
                new DisposalExecution(LocalDateTime.of(2026, 6, 1, 15, 30), 22L, "", 23L, SanitisationMethod.PURGE,
                        SanitisationTechnique.OVERWRITE, methodDetails, tool, "3.2.1", "全領域読取検証", "読取不能を確認",
                        DisposalPlace.INSIDE, "", "", null, false, "", "試験リサイクル（株）へ引渡し", "特になし"),
                null, "", List.of(evidence(1001, 1, "erase-report.pdf", EvidenceKind.ERASURE_REPORT, HASH_A),
                        evidence(1002, 1, "photo-1.jpg", EvidenceKind.PHOTO, HASH_B)));
        DisposalEntry one = new DisposalEntry(first, sticks, "試験 一郎", "試験 次郎", "情報政策課", "試験 太郎", "総務課",
                "試験 花子", "会計課");

        Asset pc = asset(21, "PC-0009", "試験用端末", AssetKind.TERMINAL, "内蔵SSD 256GB", "試験通信", "TX-9", "SN-P009",
                1);
        DisposalRecord second = new DisposalRecord(2L, "D-2026-0002", DisposalStatus.COMPLETED, List.of(21L),
                new DisposalDraft(List.of(21L), DisposalEnd.LEASE_RETURN, SanitisationMethod.DESTROY,
                        SanitisationTechnique.PHYSICAL_DESTRUCTION, DisposalPlace.OUTSIDE, LocalDate.of(2026, 9, 1),
                        "リース満了", "試験データ消去（株）"),
                100L, 20L, LocalDateTime.of(2026, 8, 20, 10, 0),
                new DisposalDecision(null, 21L, LocalDateTime.of(2026, 8, 25, 9, 0), true, LocalDate.of(2026, 8, 24),
                        ""),
                new DisposalExecution(LocalDateTime.of(2026, 9, 1, 11, 0), null, "試験 作業員", null,
                        SanitisationMethod.DESTROY, SanitisationTechnique.PHYSICAL_DESTRUCTION, "穿孔4箇所", "", "",
                        "目視確認", "破壊を確認", DisposalPlace.OUTSIDE, "試験データ消去（株）", "CERT-77",
                        LocalDate.of(2026, 9, 5), true, "ファイルサーバ", "", ""),
                null, "", List.of(evidence(2001, 2, "certificate.pdf", EvidenceKind.CERTIFICATE, HASH_C)));
        DisposalEntry two = new DisposalEntry(second, List.of(pc), "試験 一郎", "試験 次郎", "情報政策課", "試験 作業員",
                "", "", "");
        return List.of(one, two);
    }

    private Path write(List<DisposalEntry> entries, Set<Long> changed, DateStyle style) throws IOException {
        Path file = dir.resolve("disposal-" + style + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DisposalLogForm(messages, settings(style)).write("令和8年度", entries, changed, PRINT_TIME, out,
                    FormProgress.NONE);
        }
        return file;
    }

    private Path write(List<DisposalEntry> entries) throws IOException {
        return write(entries, Set.of(), DateStyle.WAREKI);
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(Row row, DisposalLogForm.Column column) {
        Cell cell = row.getCell(column.ordinal());
        return cell == null ? "" : cell.getStringCellValue();
    }

    /** Every text of the sheet, row by row, cells joined with " | ", so a label is followed by its value. */
    private static List<String> lines(Sheet sheet) {
        List<String> lines = new ArrayList<>();
        sheet.forEach(row -> {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                    cells.add(cell.getStringCellValue());
                }
            });
            lines.add(String.join(" | ", cells));
        });
        return lines;
    }

    /** The line just after the section heading that starts with {@code heading}. */
    private static String lineAfter(List<String> lines, String heading) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith(heading)) {
                return lines.get(i + 1);
            }
        }
        throw new AssertionError("no section " + heading + " in " + lines);
    }

    @Test
    void ledgerHasTheColumnsOfFormsMdC() throws IOException {
        try (XSSFWorkbook book = read(write(sample()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("廃棄記録簿");
            List<String> labels = new ArrayList<>();
            sheet.getRow(HEADER_ROW).forEach(cell -> labels.add(cell.getStringCellValue()));
            assertThat(labels).containsExactly("記録番号", "処理日時", "管理番号", "種別・メーカー・型番・製造番号・媒体/容量",
                    "最高機密性", "処理区分", "方法区分", "手法", "ツール・版", "検証方法・結果", "実施場所", "担当者", "立会職員",
                    "委託事業者・証明書番号・受領日", "許可者・許可日", "証跡ファイル（SHA-256）", "行き先・備考");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("廃棄記録簿");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("令和8年度　処理 2 件・媒体 4 点");
            assertThat(lines(sheet).get(1)).endsWith(" | " + ORGANISATION);
        }
    }

    @Test
    void ledgerRowCarriesTheRecordMethodPeopleAndEvidenceWithSha256() throws IOException {
        try (XSSFWorkbook book = read(write(sample()))) {
            Row row = book.getSheetAt(0).getRow(FIRST_DATA_ROW);
            assertThat(text(row, DisposalLogForm.Column.RECORD_NO)).isEqualTo("D-2026-0001");
            assertThat(text(row, DisposalLogForm.Column.EXECUTED_AT)).isEqualTo("令和8年6月1日 15:30");
            assertThat(text(row, DisposalLogForm.Column.ASSET_NO)).isEqualTo("USB-0001");
            assertThat(text(row, DisposalLogForm.Column.MEDIA))
                    .isEqualTo("電磁的記録媒体（USBメモリ 32GB）\n試験電機 UM-32\n製造番号 SN-A001");
            assertThat(row.getCell(DisposalLogForm.Column.CONFIDENTIALITY.ordinal()).getNumericCellValue())
                    .isEqualTo(3); // of the record: the third stick is 機密性3
            assertThat(text(row, DisposalLogForm.Column.END)).isEqualTo("廃棄");
            assertThat(text(row, DisposalLogForm.Column.METHOD)).isEqualTo("Purge（除去）");
            assertThat(text(row, DisposalLogForm.Column.TECHNIQUE)).isEqualTo("上書き消去\n3回上書き");
            assertThat(text(row, DisposalLogForm.Column.TOOL)).isEqualTo("試験消去ツール 3.2.1");
            assertThat(text(row, DisposalLogForm.Column.VERIFICATION)).isEqualTo("全領域読取検証\n結果: 読取不能を確認");
            assertThat(text(row, DisposalLogForm.Column.PLACE)).isEqualTo("庁舎内");
            assertThat(text(row, DisposalLogForm.Column.PERFORMER)).isEqualTo("試験 太郎\n総務課");
            assertThat(text(row, DisposalLogForm.Column.WITNESS)).isEqualTo("試験 花子\n会計課");
            assertThat(text(row, DisposalLogForm.Column.CONTRACTOR)).isEmpty();
            assertThat(text(row, DisposalLogForm.Column.APPROVER)).isEqualTo("試験 次郎\n令和8年5月21日 14:05");
            assertThat(text(row, DisposalLogForm.Column.EVIDENCE))
                    .isEqualTo("erase-report.pdf (" + HASH_A + ")\nphoto-1.jpg (" + HASH_B + ")");
            assertThat(text(row, DisposalLogForm.Column.NOTES)).isEqualTo("行き先: 試験リサイクル（株）へ引渡し\n備考: 特になし");

            Row contractor = book.getSheetAt(0).getRow(FIRST_DATA_ROW + 3);
            assertThat(text(contractor, DisposalLogForm.Column.RECORD_NO)).isEqualTo("D-2026-0002");
            assertThat(text(contractor, DisposalLogForm.Column.END)).isEqualTo("リース返却");
            assertThat(text(contractor, DisposalLogForm.Column.METHOD)).isEqualTo("Destroy（破壊）");
            assertThat(text(contractor, DisposalLogForm.Column.PERFORMER)).isEqualTo("試験 作業員\n試験データ消去（株）");
            assertThat(text(contractor, DisposalLogForm.Column.CONTRACTOR))
                    .isEqualTo("試験データ消去（株）\n証明書番号 CERT-77\n受領日 令和8年9月5日");
            assertThat(text(contractor, DisposalLogForm.Column.APPROVER)).isEqualTo("試験 次郎（紙決裁）\n令和8年8月24日");
            assertThat(contractor.getCell(DisposalLogForm.Column.CONFIDENTIALITY.ordinal()).getNumericCellValue())
                    .isEqualTo(1);
        }
    }

    @Test
    void aBatchOfThreeAssetsIsThreeRowsSharingTheRecordNo() throws IOException {
        try (XSSFWorkbook book = read(write(sample()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> numbers = new ArrayList<>();
            List<String> assets = new ArrayList<>();
            for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                numbers.add(text(sheet.getRow(r), DisposalLogForm.Column.RECORD_NO));
                assets.add(text(sheet.getRow(r), DisposalLogForm.Column.ASSET_NO));
            }
            assertThat(numbers).containsExactly("D-2026-0001", "D-2026-0001", "D-2026-0001", "D-2026-0002");
            assertThat(assets).containsExactly("USB-0001", "USB-0002", "USB-0003", "PC-0009");
            // every row repeats the record, so that a filter on one asset keeps it; the evidence list is on the first
            Row third = sheet.getRow(FIRST_DATA_ROW + 2);
            assertThat(text(third, DisposalLogForm.Column.METHOD)).isEqualTo("Purge（除去）");
            assertThat(text(third, DisposalLogForm.Column.WITNESS)).startsWith("試験 花子");
            assertThat(text(third, DisposalLogForm.Column.MEDIA)).endsWith("製造番号 SN-A003");
            assertThat(text(third, DisposalLogForm.Column.EVIDENCE)).isEqualTo("D-2026-0001 の1行目に記載（2 件）");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(new CellRangeAddress(HEADER_ROW,
                    FIRST_DATA_ROW + 3, 0, DisposalLogForm.Column.values().length - 1).formatAsString());
        }
    }

    @Test
    void ledgerPrintsA4LandscapeOnePageWideWithRepeatedTitleFrozenHeaderAndClassification() throws IOException {
        try (XSSFWorkbook book = read(write(sample()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            assertThat(sheet.isPrintGridlines()).isTrue();
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(HEADER_ROW);
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(FIRST_DATA_ROW);
            assertThat(sheet.getHeader().getLeft()).contains(ORGANISATION);
            assertThat(sheet.getHeader().getCenter()).contains("廃棄記録簿");
            assertThat(sheet.getHeader().getRight()).contains("機密性3 取扱注意");
            assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
            assertThat(sheet.getFooter().getRight()).contains("令和9年4月10日");
            assertThat(sheet.getRow(2).getCell(sheet.getRow(2).getLastCellNum() - 1).getStringCellValue())
                    .isEqualTo("事務局長");
        }
    }

    @Test
    void eachRecordHasItsCertificateSheetWithTheNistItems() throws IOException {
        try (XSSFWorkbook book = read(write(sample()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(1)).isEqualTo(CERTIFICATE_1);
            assertThat(book.getSheetName(2)).isEqualTo(CERTIFICATE_2);
            List<String> lines = lines(book.getSheet(CERTIFICATE_1));
            assertThat(lines.get(0)).startsWith(CERTIFICATE_1).endsWith("機密性3 取扱注意");
            assertThat(lines.get(1)).startsWith("処理区分 廃棄　処理日 令和8年6月1日\n（記録番号 D-2026-0001）")
                    .endsWith(ORGANISATION);
            assertThat(lines.get(2)).isEqualTo("担当 | 係長 | 課長 | 事務局長");
            // 1 実施者: name, 所属, organisation, location, and an empty line for the contact
            assertThat(lineAfter(lines, "1　実施者")).isEqualTo("氏名 | 試験 太郎 | 所属・役職 | 総務課");
            assertThat(lines).contains("組織 | " + ORGANISATION + " | 実施場所 | 庁舎内", "連絡先");
            // 2 媒体情報: one line per medium with its serial number
            assertThat(lineAfter(lines, "2　媒体情報"))
                    .isEqualTo("管理番号 | メーカー | 型番 | 製造番号 | 媒体の種類 | 情報資産名称 | 機密性");
            assertThat(lines).contains(
                    "USB-0001 | 試験電機 | UM-32 | SN-A001 | 電磁的記録媒体（USBメモリ 32GB） | 試験用USBメモリ1 | 2",
                    "USB-0002 | 試験電機 | UM-32 | SN-A002 | 電磁的記録媒体（USBメモリ 32GB） | 試験用USBメモリ2 | 2",
                    "USB-0003 | 試験電機 | UM-32 | SN-A003 | 電磁的記録媒体（USBメモリ 32GB） | 試験用USBメモリ3 | 3",
                    "バックアップ | なし | バックアップ先");
            // 3 消去・廃棄の内容
            assertThat(lineAfter(lines, "3　消去・廃棄の内容"))
                    .isEqualTo("方法区分 | Purge（除去） | 手法 | 上書き消去");
            assertThat(lines).contains("手法の詳細 | 3回上書き", "ツール・版 | 試験消去ツール 3.2.1 | 処理日時 | 令和8年6月1日 15:30",
                    "検証方法 | 全領域読取検証 | 検証結果 | 読取不能を確認", "消去後の機密性区分 | 機密情報なし（復元不能）", "備考 | 特になし");
            // 4 行き先, 5 署名 (performer), 6 確認 (the witness is the second person), 7 許可
            assertThat(lineAfter(lines, "4　媒体の行き先")).isEqualTo("処理区分 | 廃棄 | 媒体の行き先 | 試験リサイクル（株）へ引渡し");
            assertThat(lineAfter(lines, "5　署名")).isEqualTo("氏名 | 試験 太郎 | 所属・役職 | 総務課");
            assertThat(lineAfter(lines, "6　第二者による確認")).isEqualTo("氏名 | 試験 花子 | 所属・役職 | 会計課");
            assertThat(lines).contains("署名 | 日付 | 令和8年6月1日", "許可者 | 試験 次郎\n情報政策課 | 許可日 | 令和8年5月21日 14:05",
                    "コメント | 庁舎内で実施のこと", "申請者 | 試験 一郎 | 申請日時 | 令和8年5月20日 10:00");
            // 8 証跡: kind, name and full SHA-256
            assertThat(lineAfter(lines, "8　証跡ファイル")).isEqualTo("証跡の種類 | ファイル名 | SHA-256");
            assertThat(lines).contains("消去レポート | erase-report.pdf | " + HASH_A, "写真 | photo-1.jpg | " + HASH_B);
            // the signature box is empty and tall enough to sign in
            XSSFSheet sheet = book.getSheet(CERTIFICATE_1);
            int signatureRow = lines.indexOf("署名 | 日付 | 令和8年6月1日");
            assertThat(sheet.getRow(signatureRow).getHeightInPoints()).isGreaterThanOrEqualTo(36);
            assertThat(sheet.getRow(signatureRow).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void contractorCertificateShowsTheContractorCertificateAndPaperApproval() throws IOException {
        try (XSSFWorkbook book = read(write(sample()))) {
            List<String> lines = lines(book.getSheet(CERTIFICATE_2));
            assertThat(lineAfter(lines, "1　実施者")).isEqualTo("氏名 | 試験 作業員 | 所属・役職 | 試験データ消去（株）");
            assertThat(lines).contains("組織 | 試験データ消去（株） | 実施場所 | 庁舎外",
                    "PC-0009 | 試験通信 | TX-9 | SN-P009 | 端末（内蔵SSD 256GB） | 試験用端末 | 1",
                    "バックアップ | あり | バックアップ先 | ファイルサーバ",
                    "消去後の機密性区分 | 機密情報なし（復元不能）",
                    "委託事業者 | 試験データ消去（株）", "証明書番号 | CERT-77 | 証明書受領日 | 令和8年9月5日",
                    "許可者 | 試験 次郎（紙決裁）\n情報政策課 | 許可日 | 令和8年8月24日",
                    "証明書 | certificate.pdf | " + HASH_C);
            // no witness: the validation lines are left to be filled in by hand
            assertThat(lineAfter(lines, "6　第二者による確認")).isEqualTo("氏名 | 所属・役職");
        }
    }

    @Test
    void certificatePrintsOnOneA4PortraitPageWithTheClassificationInItsHeader() throws IOException {
        try (XSSFWorkbook book = read(write(sample()))) {
            for (String name : List.of(CERTIFICATE_1, CERTIFICATE_2)) {
                XSSFSheet sheet = book.getSheet(name);
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).as(name).isFalse();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).as(name).isNull();
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isFalse();
                assertThat(sheet.getHeader().getLeft()).contains(ORGANISATION);
                assertThat(sheet.getHeader().getRight()).as(name).contains("機密性3 取扱注意");
                assertThat(sheet.getFooter().getRight()).contains("令和9年4月10日");
            }
        }
    }

    @Test
    void changedEvidenceIsMarkedInTheLedgerAndTheCertificate() throws IOException {
        try (XSSFWorkbook book = read(write(sample(), Set.of(1002L), DateStyle.WAREKI))) {
            XSSFSheet ledger = book.getSheetAt(0);
            assertThat(text(ledger.getRow(FIRST_DATA_ROW), DisposalLogForm.Column.EVIDENCE))
                    .isEqualTo("erase-report.pdf (" + HASH_A + ")\nphoto-1.jpg (" + HASH_B
                            + ") ※SHA-256不一致（改ざん・破損のおそれ）");
            // later rows of the batch still flag it
            assertThat(text(ledger.getRow(FIRST_DATA_ROW + 1), DisposalLogForm.Column.EVIDENCE))
                    .isEqualTo("D-2026-0001 の1行目に記載（2 件）\n※SHA-256不一致あり");
            assertThat(text(ledger.getRow(FIRST_DATA_ROW + 3), DisposalLogForm.Column.EVIDENCE))
                    .doesNotContain("不一致");
            assertThat(lines(book.getSheet(CERTIFICATE_1))).contains("消去レポート | erase-report.pdf | " + HASH_A,
                    "写真 | photo-1.jpg | " + HASH_B + "\n※SHA-256不一致（改ざん・破損のおそれ）");
        }
    }

    @Test
    void userTextThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        try (XSSFWorkbook book = read(write(sample("=1+1", "=SUM(A1:A9)")))) {
            Cell tool = book.getSheetAt(0).getRow(FIRST_DATA_ROW).getCell(DisposalLogForm.Column.TOOL.ordinal());
            assertThat(tool.getCellType()).isEqualTo(CellType.STRING);
            assertThat(tool.getStringCellValue()).isEqualTo("=SUM(A1:A9) 3.2.1");
            assertThat(tool.getCellStyle().getQuotePrefixed()).isTrue();

            XSSFSheet certificate = book.getSheet(CERTIFICATE_1);
            List<String> lines = lines(certificate);
            int row = lines.indexOf("手法の詳細 | =1+1");
            assertThat(row).isPositive();
            Cell details = certificate.getRow(row).getCell(2);
            assertThat(details.getCellType()).isEqualTo(CellType.STRING);
            assertThat(details.getStringCellValue()).isEqualTo("=1+1");
            assertThat(details.getCellStyle().getQuotePrefixed()).isTrue();
            book.forEach(sheet -> sheet.forEach(r -> r.forEach(cell -> assertThat(cell.getCellType())
                    .as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA))));
        }
    }

    @Test
    void classificationIsInTheFileNameAndDocumentProperties() throws IOException {
        DisposalLogForm form = new DisposalLogForm(messages, settings(DateStyle.WAREKI));
        assertThat(DisposalLogForm.highestConfidentiality(sample())).isEqualTo(3);
        assertThat(DisposalLogForm.highestConfidentiality(List.of(sample().get(1)))).isEqualTo(1);
        assertThat(DisposalLogForm.highestConfidentiality(List.of())).isEqualTo(1);
        assertThat(form.fileName(3, "令和8年度")).isEqualTo("機密性3_廃棄記録簿_令和8年度.xlsx");
        assertThat(new DisposalLogForm(Messages.forLocale(Locale.ENGLISH), settings(DateStyle.SEIREKI))
                .fileName(2, "2026年度")).isEqualTo("Confidentiality2_Disposal record_2026年度.xlsx");
        try (XSSFWorkbook book = read(write(sample()))) {
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("廃棄記録簿");
            assertThat(book.getProperties().getCoreProperties().getKeywords()).contains("機密性3");
        }
        try (XSSFWorkbook book = read(write(List.of(sample().get(1))))) {
            assertThat(book.getSheetAt(0).getHeader().getRight()).contains("機密性1").doesNotContain("取扱注意");
        }
    }

    @Test
    void periodLabelIsTheFiscalYearOrTheTwoDates() {
        DisposalLogForm wareki = new DisposalLogForm(messages, settings(DateStyle.WAREKI));
        DisposalLogForm seireki = new DisposalLogForm(messages, settings(DateStyle.SEIREKI));
        assertThat(wareki.periodLabel(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))).isEqualTo("令和8年度");
        assertThat(seireki.periodLabel(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))).isEqualTo("2026年度");
        assertThat(wareki.periodLabel(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)))
                .isEqualTo("令和8年4月1日〜令和8年9月30日");
        assertThat(seireki.periodLabel(LocalDate.of(2026, 4, 2), LocalDate.of(2027, 3, 31)))
                .isEqualTo("2026/04/02〜2027/03/31");
        assertThat(wareki.fileName(2, wareki.periodLabel(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30))))
                .isEqualTo("機密性2_廃棄記録簿_令和8年4月1日〜令和8年9月30日.xlsx");
        assertThat(seireki.fileName(2, seireki.periodLabel(LocalDate.of(2026, 4, 2), LocalDate.of(2027, 3, 31))))
                .isEqualTo("機密性2_廃棄記録簿_20260402〜20270331.xlsx");
    }

    @Test
    void sheetNamesAreSafeAndUnique() throws IOException {
        List<DisposalEntry> entries = new ArrayList<>(sample());
        DisposalEntry same = entries.get(1);
        DisposalRecord r = same.record();
        DisposalRecord clash = new DisposalRecord(3L, "D-2026-0001", r.status(), r.assetIds(), r.application(),
                r.applicantAccountId(), r.applicantStaffId(), r.appliedAt(), r.decision(), r.execution(), null, "",
                List.of());
        DisposalRecord odd = new DisposalRecord(4L, "D/2026:[0004]*?", r.status(), r.assetIds(), r.application(),
                r.applicantAccountId(), r.applicantStaffId(), r.appliedAt(), r.decision(), r.execution(), null, "",
                List.of());
        entries.add(new DisposalEntry(clash, same.assets(), "", "", "", "", "", "", ""));
        entries.add(new DisposalEntry(odd, same.assets(), "", "", "", "", "", "", ""));
        try (XSSFWorkbook book = read(write(entries))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetName(3)).isEqualTo(CERTIFICATE_1 + " (2)");
            assertThat(book.getSheetName(4)).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]");
            assertThat(lines(book.getSheetAt(3))).contains("8　証跡ファイル", "証跡ファイルなし");
        }
        assertThat(DisposalLogForm.uniqueSheetName("x".repeat(40), new java.util.HashSet<>(Set.of("x".repeat(31)))))
                .isEqualTo("x".repeat(27) + " (2)");
    }

    @Test
    void longSubtitleBreaksBetweenItems() {
        assertThat(DisposalLogForm.breakBetweenItems("処理区分 廃棄　処理日 令和8年6月1日　（記録番号 D-2026-0001）", 46))
                .isEqualTo("処理区分 廃棄　処理日 令和8年6月1日\n（記録番号 D-2026-0001）");
        assertThat(DisposalLogForm.breakBetweenItems("Record no. D-1   End: Disposal   Done on 2026/06/01", 40))
                .isEqualTo("Record no. D-1   End: Disposal\nDone on 2026/06/01");
        assertThat(DisposalLogForm.breakBetweenItems("短い　行", 46)).isEqualTo("短い　行");
    }

    @Test
    void englishWorkbookHasNoMissingTexts() throws IOException {
        Path file = dir.resolve("english.xlsx");
        Messages english = Messages.forLocale(Locale.ENGLISH);
        try (OutputStream out = Files.newOutputStream(file)) {
            new DisposalLogForm(english, settings(DateStyle.SEIREKI)).write("2026年度", sample(), Set.of(1002L),
                    PRINT_TIME, out, FormProgress.NONE);
        }
        try (XSSFWorkbook book = read(file)) {
            assertThat(book.getSheetName(0)).isEqualTo("Disposal record");
            assertThat(book.getSheetName(1)).isEqualTo("Certificate D-2026-0001");
            assertThat(text(book.getSheetAt(0).getRow(FIRST_DATA_ROW), DisposalLogForm.Column.EXECUTED_AT))
                    .isEqualTo("2026/06/01 15:30");
            assertThat(lines(book.getSheetAt(1))).contains("Method type | Purge | Technique | Overwrite");
            book.forEach(sheet -> assertThat(String.join("\n", lines(sheet))).as(sheet.getSheetName())
                    .doesNotContain("!form.", "!disposal.", "!enum."));
        }
        try (XSSFWorkbook book = read(write(sample()))) {
            book.forEach(sheet -> assertThat(String.join("\n", lines(sheet))).as(sheet.getSheetName())
                    .doesNotContain("!form.", "!disposal.", "!enum."));
        }
    }

    @Test
    void progressCountsRowsAndCertificatesAndFalseCancels() throws IOException {
        DisposalLogForm form = new DisposalLogForm(messages, settings(DateStyle.WAREKI));
        AtomicLong last = new AtomicLong();
        form.write("令和8年度", sample(), Set.of(), PRINT_TIME, OutputStream.nullOutputStream(), (done, total) -> {
            assertThat(total).isEqualTo(4 + 2); // four ledger rows, two certificates
            assertThat(done).isEqualTo(last.get() + 1);
            last.set(done);
            return true;
        });
        assertThat(last).hasValue(6);

        Path file = dir.resolve("cancelled.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            assertThatThrownBy(() -> form.write("令和8年度", sample(), Set.of(), PRINT_TIME, out,
                    (done, total) -> done < 5)).isInstanceOf(CancellationException.class);
        }
        assertThat(file).isEmptyFile();
    }

    /**
     * Writes a sample workbook to look at: {@code -Ddaicho.disposalSample=/tmp/disposal-sample.xlsx}. Without the
     * property it still writes one (to the temporary folder), so the sample keeps compiling and running.
     */
    @Test
    void writesASampleToLookAt() throws IOException {
        String wanted = System.getProperty("daicho.disposalSample");
        Path file = wanted == null || wanted.isBlank() ? dir.resolve("sample.xlsx") : Path.of(wanted);
        List<DisposalEntry> entries = new ArrayList<>(sample());
        DisposalEntry first = entries.get(0);
        List<Asset> twenty = new ArrayList<>();
        List<EvidenceFile> files = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            twenty.add(asset(100 + i, "USB-%04d".formatted(100 + i), "試験用USBメモリ" + i, AssetKind.STORAGE_MEDIUM,
                    "USBメモリ 32GB", "試験電機", "UM-32", "SN-B%03d".formatted(i), 2));
        }
        for (int i = 1; i <= 5; i++) {
            files.add(evidence(3000 + i, 3, "photo-" + i + ".jpg", EvidenceKind.PHOTO, HASH_B));
        }
        DisposalRecord r = first.record();
        DisposalRecord batch = new DisposalRecord(3L, "D-2026-0003", r.status(), r.assetIds(), r.application(),
                r.applicantAccountId(), r.applicantStaffId(), r.appliedAt(), r.decision(), r.execution(), null, "",
                files);
        entries.add(new DisposalEntry(batch, twenty, first.applicantName(), first.approverName(),
                first.approverSectionName(), first.performerName(), first.performerSectionName(), first.witnessName(),
                first.witnessSectionName()));
        try (OutputStream out = Files.newOutputStream(file)) {
            new DisposalLogForm(messages, settings(DateStyle.WAREKI)).write("令和8年度", entries, Set.of(1002L),
                    PRINT_TIME, out, FormProgress.NONE);
        }
        assertThat(file).isNotEmptyFile();
    }
}
