package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daicho.service.DisposalEvidenceTest.sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.EvidenceKind;
import org.daicho.domain.FiscalYear;
import org.daicho.i18n.Messages;
import org.daicho.testing.RawStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 廃棄記録簿 export with its evidence folder: every file as it was attached, and a {@code SHA256SUMS.txt} that
 * {@code sha256sum -c} accepts; a file whose bytes changed is left out and reported; a cancel leaves nothing.
 */
class DisposalExportTest {

    private static final FiscalYear FY2026 = new FiscalYear(2026);

    @TempDir
    Path dir;

    private final Messages messages = Messages.japanese();
    private DisposalServiceTest.Fixture f;
    private Path files;
    private Path out;
    private DisposalEntry first;
    private DisposalEntry second;
    private EvidenceFile certificate;

    @BeforeEach
    void makeRecords() throws IOException {
        f = new DisposalServiceTest.Fixture(dir.resolve("data"));
        files = Files.createDirectories(dir.resolve("files"));
        out = Files.createDirectories(dir.resolve("out"));

        // D-2026-0001: twenty USB sticks, a photo, the certificate, and a second photo of the same name
        first = f.completed(f.draft(f.usb(0, 20)));
        f.disposal().attachEvidence(first.id(), file("a", "写真.jpg", "試験用の写真 その1"), EvidenceKind.PHOTO);
        certificate = f.disposal().attachEvidence(first.id(), file("a", "消去証明書.pdf", "%PDF-1.4 試験用証明書"),
                EvidenceKind.CERTIFICATE);
        f.disposal().attachEvidence(first.id(), file("b", "写真.jpg", "試験用の写真 その2"), EvidenceKind.PHOTO);
        // D-2026-0002: a name Windows would refuse
        f.clock.advance(Duration.ofDays(1));
        second = f.completed(f.draft(f.c2));
        f.disposal().attachEvidence(second.id(), file("a", "報告:最終?.txt", "消去結果: 正常終了（試験）"),
                EvidenceKind.ERASURE_REPORT);
        // D-2026-0003: applied, not done: not in the log
        long open = f.disposal().apply(f.draft(f.c3)).id();
        f.disposal().attachEvidence(open, file("a", "申請書.pdf", "%PDF 申請"), EvidenceKind.OTHER);
    }

    @AfterEach
    void closeStore() {
        f.close();
    }

    private Path file(String subfolder, String name, String content) throws IOException {
        Path folder = Files.createDirectories(files.resolve(subfolder));
        return Files.write(folder.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file under {@code root}, by its path relative to it with / between the parts. */
    private static Map<String, Path> tree(Path root) throws IOException {
        Map<String, Path> found = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                found.put(root.relativize(p).toString().replace('\\', '/'), p);
            }
        }
        return found;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The manifest's lines as path → hash, after checking each line's shape. */
    private static Map<String, String> manifest(Path folder) throws IOException {
        Map<String, String> lines = new TreeMap<>();
        for (String line : Files.readAllLines(folder.resolve(DisposalService.MANIFEST), StandardCharsets.UTF_8)) {
            assertThat(line).matches("[0-9a-f]{64}  D-2026-\\d{4}/.+");
            lines.put(line.substring(66), line.substring(0, 64));
        }
        return lines;
    }

    private static Progress cancelledAfter(int updates) {
        return new Progress() {
            private int seen;

            @Override
            public void update(long done, long total) {
                seen++;
            }

            @Override
            public boolean isCancelled() {
                return seen >= updates;
            }
        };
    }

    @Test
    void theLogIsWrittenWithAnEvidenceFolderWhoseManifestSha256sumAccepts() throws IOException {
        DisposalExport export = f.disposal().exportLog(FY2026, out, ExportProtection.NONE, messages, Progress.NONE);

        assertThat(export.records()).isEqualTo(2);
        assertThat(export.evidenceFiles()).isEqualTo(4);
        assertThat(export.changed()).isEmpty();
        assertThat(export.workbook()).isRegularFile().hasParent(out);
        String workbook = export.workbook().getFileName().toString();
        assertThat(workbook).endsWith(".xlsx").contains("廃棄記録簿").isEqualTo(f.disposal().logFileName(
                FY2026.firstDay(), FY2026.lastDay(), messages));
        assertThat(export.evidenceFolder()).isDirectory()
                .isEqualTo(out.resolve(workbook.substring(0, workbook.length() - ".xlsx".length()) + "_証跡"));
        assertThat(names(out)).containsExactly(workbook, export.evidenceFolder().getFileName().toString());

        Map<String, Path> written = tree(export.evidenceFolder());
        assertThat(written.keySet()).containsExactlyInAnyOrder(DisposalService.MANIFEST, "D-2026-0001/写真 (2).jpg",
                "D-2026-0001/写真.jpg", "D-2026-0001/消去証明書.pdf", "D-2026-0002/報告_最終_.txt");
        assertThat(Files.readString(written.get("D-2026-0001/写真.jpg"))).isEqualTo("試験用の写真 その1");
        assertThat(Files.readString(written.get("D-2026-0001/写真 (2).jpg"))).isEqualTo("試験用の写真 その2");

        Map<String, String> manifest = manifest(export.evidenceFolder());
        assertThat(manifest.keySet()).containsExactlyElementsOf(written.keySet().stream()
                .filter(name -> !name.equals(DisposalService.MANIFEST)).toList());
        for (Map.Entry<String, String> line : manifest.entrySet()) {
            assertThat(line.getValue()).as(line.getKey()).isEqualTo(sha256(written.get(line.getKey())));
        }
        assertThat(manifest.get("D-2026-0001/消去証明書.pdf")).isEqualTo(certificate.sha256());
    }

    @Test
    void aFileWhoseBytesChangedIsLeftOutOfTheFolderAndListed() throws IOException {
        Path data = f.services.dataDir();
        f.services.close();
        byte[] forged = "%PDF-1.4 書き換えた証明書".getBytes(StandardCharsets.UTF_8);
        RawStore.execute(data, "UPDATE disposal_evidence SET content = X'" + HexFormat.of().formatHex(forged)
                + "' WHERE id = " + certificate.id());
        f.as("tanto1");

        DisposalExport export = f.disposal().exportLog(FY2026, out, ExportProtection.NONE, messages, Progress.NONE);

        assertThat(export.workbook()).as("the log is still written").isRegularFile();
        assertThat(export.records()).isEqualTo(2);
        assertThat(export.evidenceFiles()).isEqualTo(3);
        assertThat(export.changed()).singleElement().satisfies(check -> {
            assertThat(check.recordNo()).isEqualTo("D-2026-0001");
            assertThat(check.file().fileName()).isEqualTo("消去証明書.pdf");
            assertThat(check.file().sha256()).isEqualTo(certificate.sha256());
            assertThat(check.actualSha256()).isEqualTo(sha256(forged));
            assertThat(check.intact()).isFalse();
        });
        Map<String, Path> written = tree(export.evidenceFolder());
        assertThat(written).doesNotContainKey("D-2026-0001/消去証明書.pdf").containsKey("D-2026-0001/写真.jpg");
        Map<String, String> manifest = manifest(export.evidenceFolder());
        assertThat(manifest).hasSize(3).doesNotContainKey("D-2026-0001/消去証明書.pdf");
        manifest.forEach((name, hash) -> {
            try {
                assertThat(hash).as(name).isEqualTo(sha256(written.get(name)));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aCancelledExportLeavesNothingBehind() throws IOException {
        assertThatThrownBy(() -> f.disposal().exportLog(FY2026, out,
                ExportProtection.NONE, messages, cancelledAfter(0)))
                .isInstanceOf(CancellationException.class);
        assertThat(names(out)).isEmpty();
        // cancelled after two evidence files were written
        assertThatThrownBy(() -> f.disposal().exportLog(FY2026, out,
                ExportProtection.NONE, messages, cancelledAfter(2)))
                .isInstanceOf(CancellationException.class);
        assertThat(names(out)).isEmpty();
        // cancelled while the workbook is written, after every evidence file
        assertThatThrownBy(() -> f.disposal().exportLog(FY2026, out,
                ExportProtection.NONE, messages, cancelledAfter(4)))
                .isInstanceOf(CancellationException.class);
        assertThat(names(out)).isEmpty();

        assertThatThrownBy(() -> f.disposal().exportLog(FY2026, dir.resolve("no-such-folder"),
                ExportProtection.NONE, messages,
                Progress.NONE)).isInstanceOf(ExportException.class);
    }

    @Test
    void exportingAgainReplacesTheEvidenceFolderAndAnotherPeriodHasNoneWhenNothingWasDone() throws IOException {
        DisposalExport once = f.disposal().exportLog(FY2026, out, ExportProtection.NONE, messages, Progress.NONE);
        Files.writeString(once.evidenceFolder().resolve("メモ.txt"), "手で置いたファイル");
        DisposalExport again = f.disposal().exportLog(FY2026, out, ExportProtection.NONE, messages, Progress.NONE);
        assertThat(again.evidenceFolder()).isEqualTo(once.evidenceFolder());
        assertThat(tree(again.evidenceFolder())).hasSize(5).doesNotContainKey("メモ.txt");
        assertThat(names(out)).as("no hidden .daicho-* left").hasSize(2);

        // only the day of execution counts: 24 November alone holds the first record
        LocalDate day = LocalDate.of(2026, 11, 24);
        Path named = out.resolve("11月24日.xlsx");
        DisposalExport oneDay = f.disposal().exportLog(day, day, named, ExportProtection.NONE, messages, Progress.NONE);
        assertThat(oneDay.workbook()).isEqualTo(named);
        assertThat(oneDay.records()).isEqualTo(1);
        assertThat(oneDay.evidenceFolder()).isEqualTo(out.resolve("11月24日_証跡"));
        assertThat(tree(oneDay.evidenceFolder()).keySet()).allMatch(name -> !name.startsWith("D-2026-0002"));

        Path empty = Files.createDirectories(dir.resolve("empty"));
        DisposalExport none = f.disposal().exportLog(new FiscalYear(2027), empty,
                ExportProtection.NONE, messages, Progress.NONE);
        assertThat(none.records()).isZero();
        assertThat(none.evidenceFiles()).isZero();
        assertThat(none.evidenceFolder()).isNull();
        assertThat(names(empty)).containsExactly(none.workbook().getFileName().toString());
    }
}
