package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.Classification;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {

    @TempDir
    Path dir;

    private DaichoServices services;
    private Path out;
    private final Messages ja = Messages.japanese();

    @BeforeEach
    void makeStore() throws IOException {
        services = ServiceFixtures.create(dir.resolve("data"));
        out = Files.createDirectory(dir.resolve("出力"));
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    private static LedgerEntry entry(int n, int confidentiality) {
        Asset asset = new Asset((long) n, String.format("PC-%04d", n), "総務事務", "試験用端末" + n, AssetKind.TERMINAL,
                "内蔵SSD", NetworkZone.LGWAN, "試験電機", "TX-100", "SN-" + n, 1L, 1L, "試験 花子",
                new Classification(confidentiality, 1, 1),
                confidentiality == 1 ? PersonalInfoKind.NONE : PersonalInfoKind.PERSONAL, "事務室", true, true,
                LocalDate.of(2026, 4, 1), Ownership.PURCHASED, null, AssetStatus.IN_USE, null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 1), "", "");
        return new LedgerEntry(asset, "試験課", "試験 太郎");
    }

    private static List<LedgerEntry> entries(int... classes) {
        List<LedgerEntry> list = new ArrayList<>();
        for (int i = 0; i < classes.length; i++) {
            list.add(entry(i + 1, classes[i]));
        }
        return list;
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static List<String> cellTexts(Path xlsx) throws IOException {
        List<String> texts = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(format.formatCellValue(cell));
                }
            }
        }
        return texts;
    }

    /** Cancels as soon as the first row is reported, as the 中止 button would. */
    private static final class CancelAfterFirstRow implements Progress {
        private boolean cancelled;

        @Override
        public void update(long done, long total) {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Test
    void intoAFolderTheFileIsNamedWithTheHighestConfidentialityOfItsRows() throws IOException {
        Path written = services.exports().exportAssetLedger(entries(1, 2, 1), "", out,
                ExportProtection.NONE, ja, Progress.NONE);

        assertThat(written.getParent()).isEqualTo(out);
        assertThat(written.getFileName().toString()).isEqualTo("機密性2_情報資産管理台帳_20261124.xlsx");
        assertThat(filesIn(out)).containsExactly(written);
        assertThat(cellTexts(written)).contains("PC-0001", "PC-0002", "PC-0003", "試験用端末2");
        assertThat(services.exports().assetLedgerFileName(entries(1, 2, 1), ja)).isEqualTo(written.getFileName().toString());
    }

    @Test
    void theNameFollowsTheHighestRowClass() throws IOException {
        assertThat(services.exports().exportAssetLedger(entries(1, 3, 2), "", out,
                ExportProtection.NONE, ja, Progress.NONE).getFileName())
                .hasToString("機密性3_情報資産管理台帳_20261124.xlsx");
        assertThat(services.exports().exportAssetLedger(entries(1, 1), "", out,
                ExportProtection.NONE, ja, Progress.NONE).getFileName())
                .hasToString("機密性1_情報資産管理台帳_20261124.xlsx");
    }

    @Test
    void anExplicitFilePathIsHonouredAndReplacesAnOldFile() throws IOException {
        Path target = out.resolve("試験出力.xlsx");
        Files.writeString(target, "古いファイル");

        Path written = services.exports().exportAssetLedger(entries(3), "", target,
                ExportProtection.NONE, ja, Progress.NONE);

        assertThat(written).isEqualTo(target);
        assertThat(filesIn(out)).containsExactly(target);
        assertThat(cellTexts(target)).contains("PC-0001");
    }

    @Test
    void aCancelledExportLeavesNoFileAndNoPartBehind() throws IOException {
        assertThatThrownBy(() -> services.exports().exportAssetLedger(entries(2, 2, 2, 2), "", out,
                ExportProtection.NONE, ja,
                new CancelAfterFirstRow())).isInstanceOf(CancellationException.class);

        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aCancelledExportLeavesAnEarlierFileOfTheSameNameAsItWas() throws IOException {
        Path target = out.resolve("試験出力.xlsx");
        Files.writeString(target, "前回の出力", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> services.exports().exportAssetLedger(entries(2, 2, 2), "", target,
                ExportProtection.NONE, ja,
                new CancelAfterFirstRow())).isInstanceOf(CancellationException.class);

        assertThat(filesIn(out)).containsExactly(target);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("前回の出力");
    }

    @Test
    void aWriteFailureLeavesNoPartBehind() throws IOException {
        Path target = out.resolve("試験出力.xlsx");

        assertThatThrownBy(() -> ExportService.writeAtomically(target, stream -> {
            stream.write(new byte[] {1, 2, 3});
            throw new IOException("ディスクがいっぱいです（試験）");
        })).isInstanceOfSatisfying(ExportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("export.error.write");
            assertThat(e.args()).containsExactly(target.toString());
        });

        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aMissingFolderIsReportedAsSuch() {
        Path missing = dir.resolve("存在しないフォルダ");

        assertThatThrownBy(() -> services.exports().exportAssetLedger(entries(1), "", missing.resolve("台帳.xlsx"),
                ExportProtection.NONE, ja,
                Progress.NONE)).isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("export.error.folder");
                    assertThat(e.args()).containsExactly(missing.toString());
                    assertThat(ErrorMessages.describe(e, ja)).isEqualTo("出力先のフォルダがありません: " + missing);
                });
        assertThat(missing).doesNotExist();
    }

    @Test
    void aMissingFolderNamedWithoutAFileNameIsNotWrittenAsAFile() {
        Path meantAsFolder = dir.resolve("exports");

        assertThatThrownBy(() -> services.exports().exportAssetLedger(entries(1), "", meantAsFolder,
                ExportProtection.NONE, ja, Progress.NONE))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.error.folder"));
        assertThat(meantAsFolder).doesNotExist();
    }

    @Test
    void progressIsReportedRowByRow() {
        List<Long> reported = new ArrayList<>();
        services.exports().exportAssetLedger(entries(1, 1, 1), "", out, ExportProtection.NONE, ja, new Progress() {
            @Override
            public void update(long done, long total) {
                assertThat(total).isEqualTo(3);
                reported.add(done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(reported).containsExactly(1L, 2L, 3L);
    }
}
