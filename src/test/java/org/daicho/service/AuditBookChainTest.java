package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.StaffDraft;
import org.daicho.i18n.Messages;
import org.daicho.testing.MutableClock;
import org.daicho.testing.RawStore;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit book checks the chain of its year's change history while writing it (issue 7): an entry edited, removed
 * or cut off inside the year or at its edges is reported on the cover, and a change outside the year's reach is not
 * its business. The history spans three 年度: setup and two staff in 令和7年度, three staff in 令和8年度, one in 令和9年度.
 */
class AuditBookChainTest {

    private static final FiscalYear FY2025 = new FiscalYear(2025);
    private static final FiscalYear FY2026 = new FiscalYear(2026);
    private static final FiscalYear FY2027 = new FiscalYear(2027);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private final Messages messages = Messages.japanese();
    private Path store;
    /** seq of the first and last entries of 令和8年度. */
    private long first2026;
    private long last2026;

    @BeforeEach
    void historyOverThreeYears() {
        store = dir.resolve("store");
        try (DaichoServices services = TestStores.create(store, new OrganisationSetup("試験組合", List.of("試験課"),
                List.of("担当", "課長")), clock)) {
            long section = services.settings().sections().get(0).id();
            hire(services, section, 1, 2);
            clock.advance(Duration.ofDays(150));
            hire(services, section, 3, 5);
            clock.advance(Duration.ofDays(330));
            hire(services, section, 6, 6);
        }
        List<String> year = RawStore.query(store, "SELECT MIN(seq), MAX(seq) FROM history_entry"
                + " WHERE changed_at >= TIMESTAMP '2026-04-01 00:00:00' AND changed_at < TIMESTAMP '2027-04-01 00:00:00'")
                .get(0);
        first2026 = Long.parseLong(year.get(0));
        last2026 = Long.parseLong(year.get(1));
        assertThat(last2026 - first2026).as("three staff saved in 令和8年度").isEqualTo(2);
        assertThat(first2026).as("setup and two staff in 令和7年度").isGreaterThan(3);
    }

    private static void hire(DaichoServices services, long section, int from, int to) {
        for (int i = from; i <= to; i++) {
            services.staff().save(null, new StaffDraft("T00" + i, "試験 職員" + i, "しけん しょくいん", section,
                    EmploymentType.REGULAR, "2020/4/1", "", false, false));
        }
    }

    private void tamper(String sql) {
        assertThat(RawStore.execute(store, sql)).as(sql).containsExactly(1);
    }

    @Test
    void anUntouchedHistoryChecksInEveryYearAndLinksAcrossTheirEdges() throws Exception {
        ChainSegment year = export(FY2026);
        assertThat(year.intact()).isTrue();
        assertThat(year.entries()).isEqualTo(3);
        assertThat(year.firstSeq()).isEqualTo(first2026);
        assertThat(year.lastSeq()).isEqualTo(last2026);
        assertThat(year.summary(messages)).isEqualTo("改ざんは見つかりませんでした（この年度の変更履歴 3 件、番号 "
                + first2026 + "〜" + last2026 + " のハッシュと前後のつながりを確認）。");
        assertThat(export(FY2025).intact()).isTrue();
        ChainSegment last = export(FY2027);
        assertThat(last.intact()).as("its last entry is the recorded end of the chain").isTrue();
        assertThat(last.entries()).isEqualTo(1);
    }

    @Test
    void anEntryEditedInsideTheYearIsNamed() throws Exception {
        tamper("UPDATE history_entry SET reason = '後から書き換え' WHERE seq = " + (first2026 + 1));

        ChainSegment year = export(FY2026);
        assertThat(year.intact()).isFalse();
        assertThat(year.entries()).as("every entry is still written").isEqualTo(3);
        assertThat(year.firstBreak().orElseThrow().reason()).isEqualTo(VerifyResult.Reason.HASH);
        assertThat(year.firstBreak().orElseThrow().seq()).isEqualTo(first2026 + 1);
        assertThat(year.summary(messages)).startsWith("改ざんの疑いがあります");
    }

    @Test
    void anEntryRemovedInsideTheYearIsAGap() throws Exception {
        tamper("DELETE FROM history_entry WHERE seq = " + (first2026 + 1));

        ChainSegment year = export(FY2026);
        assertThat(year.firstBreak().orElseThrow().reason()).isEqualTo(VerifyResult.Reason.GAP);
        assertThat(year.firstBreak().orElseThrow().seq()).isEqualTo(last2026);
    }

    @Test
    void theLastEntryOfTheYearBeforeIsCheckedButEarlierOnesAreThatYearsBusiness() throws Exception {
        tamper("UPDATE history_entry SET reason = '後から書き換え' WHERE seq = " + (first2026 - 1));
        ChainSegment year = export(FY2026);
        assertThat(year.firstBreak().orElseThrow().reason()).isEqualTo(VerifyResult.Reason.HASH);
        assertThat(year.firstBreak().orElseThrow().seq()).isEqualTo(first2026 - 1);

        tamper("UPDATE history_entry SET reason = '' WHERE seq = " + (first2026 - 1));
        tamper("UPDATE history_entry SET reason = '後から書き換え' WHERE seq = 2");
        assertThat(export(FY2026).intact()).isTrue();
        assertThat(export(FY2025).firstBreak().orElseThrow().seq()).isEqualTo(2);
    }

    @Test
    void theEntryAfterTheYearMustLinkToItsLastOne() throws Exception {
        tamper("DELETE FROM history_entry WHERE seq = " + (last2026 + 1));

        ChainSegment year = export(FY2026);
        assertThat(year.firstBreak().orElseThrow().reason())
                .as("the recorded end names an entry after the year that is gone").isEqualTo(VerifyResult.Reason.HEAD);
    }

    @Test
    void theLastEntriesOfTheHistoryCutOffAreFoundByTheRecordedEnd() throws Exception {
        tamper("DELETE FROM history_entry WHERE seq = " + (last2026 + 1));
        tamper("DELETE FROM history_entry WHERE seq = " + last2026);

        ChainSegment year = export(FY2026);
        assertThat(year.entries()).isEqualTo(2);
        assertThat(year.firstBreak().orElseThrow().reason()).isEqualTo(VerifyResult.Reason.HEAD);
        assertThat(year.firstBreak().orElseThrow().seq()).isEqualTo(last2026 + 1);
    }

    @Test
    void entriesOfAnotherYearInsideTheYearAreCheckedAtTheirEdgesOnly() throws Exception {
        long between = clockSetBackAfterAnEntryOf2027();
        ChainSegment year = export(FY2026);
        assertThat(year.intact()).isTrue();
        assertThat(year.entries()).isEqualTo(4);
        assertThat(year.lastSeq()).isEqualTo(between + 1);
        assertThat(export(FY2027).intact()).as("linked to the entries on both sides").isTrue();

        tamper("UPDATE history_entry SET reason = '後から書き換え' WHERE seq = " + between);
        ChainSegment broken = export(FY2026);
        assertThat(broken.firstBreak().orElseThrow().reason()).isEqualTo(VerifyResult.Reason.HASH);
        assertThat(broken.firstBreak().orElseThrow().seq()).isEqualTo(between);
    }

    @Test
    void theHistorySheetListsTheYearsEntriesInSeqOrderAroundAnotherYearsEntry() throws Exception {
        // the year's entries come in two runs of seqs, read apart (HistoryRepository.forEachChangedBetween)
        long between = clockSetBackAfterAnEntryOf2027();

        assertThat(historySheetSeqs(FY2026)).containsExactly(first2026, first2026 + 1, last2026, between + 1);
        assertThat(historySheetSeqs(FY2027)).containsExactly(between);
    }

    /**
     * The PC's clock set back into 令和8年度 after the entry of 令和9年度, and one more staff saved: that entry of
     * 令和8年度 follows the one of 令和9年度, whose seq is returned.
     */
    private long clockSetBackAfterAnEntryOf2027() {
        clock.advance(Duration.ofDays(-200));
        try (DaichoServices services = TestStores.open(store, clock)) {
            hire(services, services.settings().sections().get(0).id(), 7, 7);
        }
        return last2026 + 1;
    }

    /** The distinct 番号 of the 変更履歴 sheet, top to bottom. */
    private List<Long> historySheetSeqs(FiscalYear year) throws Exception {
        try (DaichoServices services = TestStores.open(store, clock)) {
            Path out = Files.createDirectories(dir.resolve("sheet-" + year.startYear() + "-" + System.nanoTime()));
            AuditBookService.Export book = services.auditBook().export(year, out, ExportProtection.NONE, messages,
                    Progress.NONE);
            try (InputStream in = Files.newInputStream(book.file()); XSSFWorkbook read = new XSSFWorkbook(in)) {
                List<Long> seqs = new ArrayList<>();
                for (Row row : read.getSheet("変更履歴")) {
                    Cell first = row.getCell(0);
                    if (first != null && first.getCellType() == CellType.NUMERIC) {
                        long seq = (long) first.getNumericCellValue();
                        if (seqs.isEmpty() || seqs.get(seqs.size() - 1) != seq) {
                            seqs.add(seq);
                        }
                    }
                }
                return seqs;
            }
        }
    }

    private ChainSegment export(FiscalYear year) throws Exception {
        try (DaichoServices services = TestStores.open(store, clock)) {
            Path out = Files.createDirectories(dir.resolve("out-" + year.startYear() + "-" + System.nanoTime()));
            AuditBookService.Export book = services.auditBook().export(year, out, ExportProtection.NONE, messages,
                    Progress.NONE);
            try (InputStream in = Files.newInputStream(book.file()); XSSFWorkbook read = new XSSFWorkbook(in)) {
                assertThat(cover(read, "結果")).isEqualTo(book.chain().summary(messages));
                assertThat(cover(read, "この年度のチェーンの末尾（番号・ハッシュ）"))
                        .isEqualTo("#" + book.chain().lastSeq() + "　" + book.chain().lastHash());
                if (!book.chain().intact()) {
                    assertThat(cover(read, "最初の不整合")).isEqualTo(book.chain().breakText(messages));
                }
            }
            return book.chain();
        }
    }

    private static String cover(XSSFWorkbook book, String label) {
        for (Row row : book.getSheetAt(0)) {
            Cell first = row.getCell(0);
            if (first != null && label.equals(first.getStringCellValue())) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no " + label + " on the cover");
    }
}
