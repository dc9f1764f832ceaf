package org.daicho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.EvidenceKind;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.service.DaichoServices;
import org.daicho.service.DisposalService;
import org.daicho.testing.RawStore;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code daicho export disposals} and the evidence part of {@code daicho verify}, run as a script would run them,
 * on a store with two completed disposal records and their evidence files.
 */
class DisposalCommandTest {

    /** 2026-11-24 10:00 in Tokyo. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private static final GuiLauncher NO_GUI = (dataDir, given, demo, messages) -> {
        throw new AssertionError("the window must not open for a command");
    };

    @TempDir
    Path dir;

    private Path data;
    private Path passwordFile;
    private Path out;
    private EvidenceFile certificate;

    record Run(int exitCode, String out, String err) {
        /** What the command printed, without the log lines that tests also send to the console. */
        List<String> lines() {
            return out.lines().filter(line -> !line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).toList();
        }

        List<String> errLines() {
            return err.lines().filter(line -> !line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).toList();
        }
    }

    @BeforeEach
    void makeStore() throws IOException {
        data = dir.resolve("data");
        out = Files.createDirectories(dir.resolve("out"));
        Path files = Files.createDirectories(dir.resolve("files"));
        try (DaichoServices services = TestStores.create(data, new OrganisationSetup("試験組合", List.of("総務課"),
                List.of("担当", "課長")), CLOCK)) {
            long section = services.settings().sections().get(0).id();
            Staff manager = services.staff().save(null, new StaffDraft("S0001", "架空 三郎", "かくう さぶろう", section,
                    EmploymentType.REGULAR, "2020/4/1", "", true, false));
            Staff worker = services.staff().save(null, new StaffDraft("S0002", "見本 次郎", "みほん じろう", section,
                    EmploymentType.REGULAR, "2020/4/1", "", false, false));
            Staff witness = services.staff().save(null, new StaffDraft("S0003", "模擬 桜", "もぎ さくら", section,
                    EmploymentType.REGULAR, "2020/4/1", "", false, false));
            DisposalService disposal = services.disposal();
            long first = disposal(services, disposal, "MD-0001", section, manager, worker, witness, 9);
            certificate = disposal.attachEvidence(first, Files.writeString(files.resolve("消去証明書.pdf"),
                    "%PDF-1.4 試験用証明書"), EvidenceKind.CERTIFICATE);
            disposal.attachEvidence(first, Files.writeString(files.resolve("写真.jpg"), "試験用の写真"),
                    EvidenceKind.PHOTO);
            long second = disposal(services, disposal, "MD-0002", section, manager, worker, witness, 8);
            disposal.attachEvidence(second, Files.writeString(files.resolve("消去レポート.txt"), "正常終了（試験）"),
                    EvidenceKind.ERASURE_REPORT);
            assertThat(services.history().verify().intact()).isTrue();
        }
        passwordFile = Files.writeString(dir.resolve("password.txt"), TestStores.PASSWORD + "\n");
    }

    /** One USB stick applied for, approved on paper today and erased at {@code hour}:00 today, by the administrator. */
    private static long disposal(DaichoServices services, DisposalService disposal, String assetNo, long section,
            Staff manager, Staff worker, Staff witness, int hour) {
        long asset = services.ledger().save(null, new AssetDraft().assetNo(assetNo).name("試験用USBメモリ")
                .kind(AssetKind.STORAGE_MEDIUM).medium("USBメモリ").networkZone(NetworkZone.LGWAN).sectionId(section)
                .managerStaffId(manager.id()).confidentiality(2).integrity(1).availability(1)
                .personalInfo(PersonalInfoKind.PERSONAL).storagePlace("事務室 施錠書庫").lockedStorage(true)
                .acquiredOn("2022/4/1").ownership(Ownership.PURCHASED).status(AssetStatus.IN_STORAGE)).asset().id();
        LocalDate today = LocalDate.now(CLOCK);
        long id = disposal.apply(new DisposalDraft(List.of(asset), DisposalEnd.DISPOSE, SanitisationMethod.PURGE,
                SanitisationTechnique.BLOCK_ERASE, DisposalPlace.INSIDE, today, "更新のため", "")).id();
        disposal.recordPaperApproval(id, manager.id(), today, "決裁番号 26-201");
        disposal.execute(id, new DisposalExecution(LocalDateTime.of(today, java.time.LocalTime.of(hour, 0)),
                worker.id(), "", witness.id(), SanitisationMethod.PURGE, SanitisationTechnique.BLOCK_ERASE, "",
                "試験消去ツール", "2.1", "全領域読取検証", "読取不可を確認", DisposalPlace.INSIDE, "", "", null, false, "", "",
                ""));
        return id;
    }

    private Run run(String language, String... args) {
        String[] all = Stream.concat(Stream.of("--data-dir", data.toString(), "--lang", language, "--user",
                TestStores.ADMIN, "--password-file", passwordFile.toString()), Stream.of(args)).toArray(String[]::new);
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            code = DaichoCli.run(all, NO_GUI, CLOCK);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }

    private void tamperWithTheCertificate() {
        RawStore.execute(data, "UPDATE disposal_evidence SET content = X'"
                + HexFormat.of().formatHex("%PDF-1.4 書き換え".getBytes(StandardCharsets.UTF_8)) + "' WHERE id = "
                + certificate.id());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theFiscalYearLogIsWrittenWithItsEvidenceFolderAndTheCountsArePrinted() throws IOException {
        Run export = run("ja", "export", "disposals", "--fy", "2026", "--out", out.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.errLines()).isEmpty();
        List<String> names = names(out);
        assertThat(names).hasSize(2);
        String workbook = names.stream().filter(n -> n.endsWith(".xlsx")).findFirst().orElseThrow();
        assertThat(workbook).contains("廃棄記録簿");
        String folder = workbook.replace(".xlsx", "_証跡");
        assertThat(names).contains(folder);
        assertThat(export.lines()).hasSize(2);
        assertThat(export.lines().get(0)).startsWith("出力しました: ").contains(workbook)
                .contains("完了した記録 2 件").contains("証跡ファイル 3 件");
        assertThat(export.lines().get(1)).startsWith("証跡フォルダ: ").contains(folder).contains("SHA256SUMS.txt");

        Path manifest = out.resolve(folder).resolve("SHA256SUMS.txt");
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            assertThat(parts[0]).as(line).isEqualTo(sha256(out.resolve(folder).resolve(parts[1])));
        }
        assertThat(lines).anyMatch(line -> line.equals(certificate.sha256() + "  D-2026-0001/消去証明書.pdf"));
    }

    @Test
    void aPeriodMayBeGivenInsteadOfAYear() throws IOException {
        Path file = out.resolve("上半期.xlsx");
        Run firstHalf = run("en", "export", "disposals", "--from", "2026-04-01", "--to", "2026-09-30", "--out",
                file.toString());
        assertThat(firstHalf.exitCode()).as(firstHalf.err()).isZero();
        assertThat(firstHalf.lines()).singleElement().asString().contains("(0 completed records, 0 evidence files)");
        assertThat(names(out)).as("no evidence, no folder").containsExactly("上半期.xlsx");

        Run november = run("ja", "export", "disposals", "--from", "2026/11/1", "--to", "令和8年11月30日", "--out",
                out.resolve("11月.xlsx").toString());
        assertThat(november.exitCode()).as(november.err()).isZero();
        assertThat(november.out()).contains("完了した記録 2 件");
        assertThat(out.resolve("11月_証跡").resolve("D-2026-0002").resolve("消去レポート.txt")).isRegularFile();
    }

    @Test
    void exactlyOneFormOfThePeriodIsAccepted() {
        Run both = run("ja", "export", "disposals", "--fy", "2026", "--from", "2026-04-01", "--to", "2026-09-30",
                "--out", out.toString());
        assertThat(both.exitCode()).isNotZero();
        assertThat(both.err()).contains("--fy").contains("--from").doesNotContain("Exception");
        Run neither = run("ja", "export", "disposals", "--out", out.toString());
        assertThat(neither.exitCode()).isNotZero();
        assertThat(neither.err()).contains("--fy");
        Run halfAPeriod = run("ja", "export", "disposals", "--from", "2026-04-01", "--out", out.toString());
        assertThat(halfAPeriod.exitCode()).isNotZero();
        assertThat(halfAPeriod.err()).contains("--to");
        Run backwards = run("ja", "export", "disposals", "--from", "2026-09-30", "--to", "2026-04-01", "--out",
                out.toString());
        assertThat(backwards.exitCode()).isNotZero();
        assertThat(backwards.err()).contains("2026-09-30").contains("2026-04-01");
        Run badDate = run("en", "export", "disposals", "--from", "2026-02-30", "--to", "2026-09-30", "--out",
                out.toString());
        assertThat(badDate.exitCode()).isNotZero();
        assertThat(badDate.err()).contains("2026-02-30").doesNotContain("Exception");
        Run shortYear = run("ja", "export", "disposals", "--fy", "26", "--out", out.toString());
        assertThat(shortYear.exitCode()).isNotZero();
        assertThat(shortYear.err()).contains("年度「26」");
        assertThat(dir.resolve("out")).isEmptyDirectory();
    }

    @Test
    void aChangedEvidenceFileIsNamedOnStderrTheLogIsStillWrittenAndTheExitCodeIsNotZero() throws IOException {
        tamperWithTheCertificate();

        Run export = run("ja", "export", "disposals", "--fy", "2026", "--out", out.toString());

        assertThat(export.exitCode()).isEqualTo(ExportCommand.Disposals.EXIT_EVIDENCE_CHANGED).isNotZero();
        assertThat(export.out()).contains("証跡ファイル 2 件");
        List<String> warnings = export.errLines();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("警告").contains("1 件");
        assertThat(warnings.get(1)).contains("消去証明書.pdf").contains("D-2026-0001")
                .contains("内容が登録時と違います").contains(certificate.sha256());
        String workbook = names(out).stream().filter(n -> n.endsWith(".xlsx")).findFirst().orElseThrow();
        Path folder = out.resolve(workbook.replace(".xlsx", "_証跡"));
        assertThat(folder.resolve("D-2026-0001").resolve("写真.jpg")).isRegularFile();
        assertThat(folder.resolve("D-2026-0001").resolve("消去証明書.pdf")).doesNotExist();
        assertThat(Files.readString(folder.resolve("SHA256SUMS.txt"))).doesNotContain("消去証明書.pdf");
    }

    @Test
    void verifyReadsBackEveryEvidenceFile() {
        Run intact = run("ja", "verify");
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.lines()).hasSize(3);
        assertThat(intact.lines().get(0)).startsWith("改ざんは見つかりませんでした");
        assertThat(intact.lines().get(2)).isEqualTo("証跡ファイル 3 件の内容は、すべて登録時の SHA-256 と一致しました。");

        tamperWithTheCertificate();
        Run broken = run("ja", "verify");
        assertThat(broken.exitCode()).isEqualTo(VerifyCommand.EXIT_BROKEN);
        assertThat(broken.lines()).hasSize(4);
        assertThat(broken.lines().get(2)).isEqualTo(
                "証跡ファイル 3 件のうち 1 件の内容が登録時と違います（改ざんか破損のおそれ）。");
        assertThat(broken.lines().get(3)).contains("消去証明書.pdf").contains("D-2026-0001")
                .contains(certificate.sha256());

        Run english = run("en", "verify");
        assertThat(english.exitCode()).isEqualTo(3);
        assertThat(english.out()).contains("1 of 3 evidence files no longer match").contains("消去証明書.pdf");
    }
}
