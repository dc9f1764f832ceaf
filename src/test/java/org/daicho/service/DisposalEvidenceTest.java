package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daicho.service.DisposalServiceTest.refusal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.EvidenceKind;
import org.daicho.domain.FieldChange;
import org.daicho.domain.HistoryEntry;
import org.daicho.domain.RecordType;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.testing.RawStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence files of a disposal record: kept in the store with their SHA-256, and caught when their bytes change. */
class DisposalEvidenceTest {

    @TempDir
    Path dir;

    private DisposalServiceTest.Fixture f;
    private Path files;

    @BeforeEach
    void makeStore() throws IOException {
        f = new DisposalServiceTest.Fixture(dir.resolve("data"));
        files = Files.createDirectories(dir.resolve("files"));
    }

    @AfterEach
    void closeStore() {
        f.close();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /** A small file standing in for a photo or a scanned certificate (synthetic bytes). */
    private Path file(String name, String content) throws IOException {
        return Files.write(files.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> leftovers(Path folder) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".daicho")).toList();
        }
    }

    /** Changes an evidence file's stored bytes as someone with the store file and its key could. */
    private void tamper(long evidenceId, byte[] bytes) {
        Path data = f.services.dataDir();
        f.services.close();
        assertThat(RawStore.execute(data, "UPDATE disposal_evidence SET content = X'" + HexFormat.of().formatHex(bytes)
                + "' WHERE id = " + evidenceId)).containsExactly(1);
        f.as("tanto1");
    }

    @Test
    void anAttachedFileIsKeptInTheStoreWithItsSizeAndSha256AndComesBackByteForByte() throws IOException {
        long id = f.approved(f.draft(f.c2));
        Path photo = file("破砕前_PC-0002.jpg", "試験用の写真データ（合成）\n".repeat(200));
        byte[] original = Files.readAllBytes(photo);

        EvidenceFile attached = f.disposal().attachEvidence(id, photo, EvidenceKind.PHOTO);
        assertThat(attached.fileName()).isEqualTo("破砕前_PC-0002.jpg");
        assertThat(attached.kind()).isEqualTo(EvidenceKind.PHOTO);
        assertThat(attached.sizeBytes()).isEqualTo(original.length);
        assertThat(attached.sha256()).isEqualTo(sha256(original)).matches("[0-9a-f]{64}");
        assertThat(attached.addedAt()).isEqualTo(f.now());
        assertThat(f.disposal().entry(id).record().evidence()).containsExactly(attached);

        // the store keeps its own copy: the original may go
        Files.delete(photo);
        DisposalEntry reread = f.as("tanto1").disposal().entry(id);
        assertThat(reread.record().evidence()).containsExactly(attached);
        EvidenceCheck check = f.disposal().checkEvidence(attached.id());
        assertThat(check.intact()).isTrue();
        assertThat(check.recordNo()).isEqualTo("D-2026-0001");
        assertThat(check.actualSha256()).isEqualTo(sha256(original));
        assertThat(check.actualSize()).isEqualTo(original.length);

        Path copy = files.resolve("copy.jpg");
        EvidenceCheck saved = f.disposal().saveEvidence(attached.id(), copy);
        assertThat(saved.intact()).isTrue();
        assertThat(Files.readAllBytes(copy)).isEqualTo(original);
        assertThat(leftovers(files)).isEmpty();

        // a kind left out is その他; the history names each file with its hash
        EvidenceFile report = f.disposal().attachEvidence(id, file("消去レポート.txt", "消去結果: 正常終了（試験）"),
                null);
        assertThat(report.kind()).isEqualTo(EvidenceKind.OTHER);
        List<HistoryEntry> history = f.services.history().entriesOf(RecordType.DISPOSAL, id);
        assertThat(history.get(0).userName()).isEqualTo("tanto1");
        assertThat(history.get(0).changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("EVIDENCE");
            assertThat(change.before()).isEqualTo(attached.describe());
            assertThat(change.after()).contains(attached.describe()).contains("消去レポート.txt")
                    .contains(report.sha256());
        });
        assertThat(f.disposal().checkAllEvidence()).extracting(EvidenceCheck::intact).containsExactly(true, true);
        assertThat(f.services.history().verify().intact()).isTrue();
    }

    @Test
    void aFileWhoseStoredBytesChangedIsReportedAndNeverHandedOut() throws IOException {
        long id = f.approved(f.draft(f.c2));
        EvidenceFile certificate = f.disposal().attachEvidence(id, file("消去証明書.pdf", "%PDF-1.4 試験用証明書"),
                EvidenceKind.CERTIFICATE);
        EvidenceFile photo = f.disposal().attachEvidence(id, file("写真.jpg", "試験用の写真"), EvidenceKind.PHOTO);
        byte[] forged = "%PDF-1.4 書き換えた証明書".getBytes(StandardCharsets.UTF_8);
        tamper(certificate.id(), forged);

        EvidenceCheck check = f.disposal().checkEvidence(certificate.id());
        assertThat(check.intact()).isFalse();
        assertThat(check.file().sha256()).isEqualTo(certificate.sha256());
        assertThat(check.actualSha256()).isEqualTo(sha256(forged));
        assertThat(f.disposal().checkEvidence(photo.id()).intact()).as("the other file is untouched").isTrue();

        Path target = files.resolve("証明書の写し.pdf");
        assertThatThrownBy(() -> f.disposal().saveEvidence(certificate.id(), target))
                .isInstanceOfSatisfying(EvidenceChangedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("disposal.error.evidenceChanged");
                    assertThat(e.args()).containsExactly("消去証明書.pdf", "D-2026-0001", certificate.sha256(),
                            sha256(forged));
                    assertThat(Messages.japanese().get(e.messageKey(), e.args())).contains("消去証明書.pdf")
                            .contains("D-2026-0001").contains("内容が登録時と違います");
                });
        assertThat(target).doesNotExist();
        assertThat(leftovers(files)).as("no partial file either").isEmpty();

        List<EvidenceCheck> all = f.disposal().checkAllEvidence();
        assertThat(all).hasSize(2);
        assertThat(all).filteredOn(c -> !c.intact()).singleElement()
                .satisfies(c -> assertThat(c.file().id()).isEqualTo(certificate.id()));
    }

    @Test
    void aRecordedHashChangedOutsideTheAppIsFoundByVerifyAndTheCheck() throws IOException {
        long id = f.approved(f.draft(f.c2));
        EvidenceFile photo = f.disposal().attachEvidence(id, file("写真.jpg", "試験用の写真"), EvidenceKind.PHOTO);
        Path data = f.services.dataDir();
        f.services.close();
        RawStore.execute(data, "UPDATE disposal_evidence SET sha256 = '" + "0".repeat(64) + "' WHERE id = "
                + photo.id());
        f.as("tanto1");
        assertThat(f.disposal().checkEvidence(photo.id()).intact()).isFalse();
        VerifyResult verified = f.services.history().verify();
        assertThat(verified.intact()).isFalse();
        assertThat(verified.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.recordType()).isEqualTo(RecordType.DISPOSAL);
            assertThat(b.recordId()).isEqualTo(id);
            assertThat(b.field()).isEqualTo("EVIDENCE");
        });
    }

    @Test
    void emptyMissingAndTooLargeFilesAreRefused() throws IOException {
        long id = f.approved(f.draft(f.c2));
        Path empty = Files.createFile(files.resolve("空.jpg"));
        assertThat(refusal(() -> f.disposal().attachEvidence(id, empty, EvidenceKind.PHOTO)))
                .containsExactly("disposal.error.evidenceEmpty");
        assertThat(refusal(() -> f.disposal().attachEvidence(id, files.resolve("ない.pdf"), EvidenceKind.CERTIFICATE)))
                .containsExactly("disposal.error.evidenceUnreadable");

        // a sparse file: one byte over the limit without writing 50 MB
        Path large = files.resolve("大きすぎる.mp4");
        try (RandomAccessFile raf = new RandomAccessFile(large.toFile(), "rw")) {
            raf.setLength(DisposalService.MAX_EVIDENCE_BYTES + 1);
        }
        try {
            f.disposal().attachEvidence(id, large, EvidenceKind.PHOTO);
            throw new AssertionError("not refused");
        } catch (ValidationException e) {
            assertThat(e.errors()).singleElement().satisfies(err -> {
                assertThat(err.messageKey()).isEqualTo("disposal.error.evidenceTooLarge");
                assertThat(err.args()).containsExactly("大きすぎる.mp4", 50L);
            });
            assertThat(ErrorMessages.describe(e, Messages.japanese())).contains("大きすぎる.mp4").contains("50 MB");
        }
        assertThat(f.disposal().entry(id).record().evidence()).isEmpty();
        assertThat(f.services.history().entriesOf(RecordType.DISPOSAL, id)).as("nothing recorded").hasSize(2);
    }

    @Test
    void evidenceMayBeRemovedWithAReasonUntilTheRecordIsCompleteAndAddedUntilItIsClosed() throws IOException {
        long id = f.approved(f.draft(f.c2));
        EvidenceFile wrong = f.disposal().attachEvidence(id, file("別案件の写真.jpg", "別の写真"), EvidenceKind.PHOTO);
        EvidenceFile right = f.disposal().attachEvidence(id, file("写真.jpg", "正しい写真"), EvidenceKind.PHOTO);

        assertThat(refusal(() -> f.disposal().removeEvidence(wrong.id(), " "))).containsExactly("validation.required");
        assertThatThrownBy(() -> f.as("kanri1").disposal().removeEvidence(wrong.id(), "誤添付"))
                .isInstanceOf(PermissionException.class);
        f.as("tanto1").disposal().removeEvidence(wrong.id(), "別案件のファイルを誤って添付");
        assertThat(f.disposal().entry(id).record().evidence()).containsExactly(right);
        HistoryEntry removal = f.services.history().entriesOf(RecordType.DISPOSAL, id).get(0);
        assertThat(removal.reason()).isEqualTo("別案件のファイルを誤って添付");
        assertThat(removal.changes()).containsExactly(new FieldChange("EVIDENCE",
                wrong.describe() + "\n" + right.describe(), right.describe()));

        f.disposal().execute(id, f.exec().build());
        // the contractor's certificate may arrive after the work
        EvidenceFile late = f.disposal().attachEvidence(id, file("証明書.pdf", "%PDF 試験"), EvidenceKind.CERTIFICATE);
        assertThat(f.disposal().entry(id).record().evidence()).containsExactly(right, late);
        assertThat(refusal(() -> f.disposal().removeEvidence(right.id(), "不要")))
                .containsExactly("disposal.error.evidenceRemoveCompleted");
        assertThat(f.disposal().entry(id).record().evidence()).hasSize(2);

        long cancelled = f.disposal().apply(f.draft(f.c3)).id();
        f.disposal().cancel(cancelled, "計画中止");
        assertThat(refusal(() -> f.disposal().attachEvidence(cancelled, files.resolve("証明書.pdf"),
                EvidenceKind.OTHER))).containsExactly("disposal.error.evidenceClosed");
        long rejected = f.disposal().apply(f.draft(f.c3)).id();
        f.as("kanri1").disposal().reject(rejected, "再利用すること");
        assertThat(refusal(() -> f.as("tanto1").disposal().attachEvidence(rejected, files.resolve("証明書.pdf"),
                EvidenceKind.OTHER))).containsExactly("disposal.error.evidenceClosed");

        long requested = f.disposal().apply(f.draft(f.usb(0, 1))).id();
        assertThat(f.disposal().attachEvidence(requested, files.resolve("証明書.pdf"), EvidenceKind.OTHER).disposalId())
                .as("an application may carry its papers").isEqualTo(requested);
        assertThat(f.disposal().checkAllEvidence()).hasSize(3).allMatch(EvidenceCheck::intact);
        VerifyResult verified = f.services.history().verify();
        assertThat(verified.intact()).as(String.valueOf(verified.firstBreak())).isTrue();
    }
}
