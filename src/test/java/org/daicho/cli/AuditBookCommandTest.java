package org.daicho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.OrganisationSetup;
import org.daicho.service.DaichoServices;
import org.daicho.testing.RawStore;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code daicho export audit-book --fy 2026 --out PATH}, run as a script would run it. */
class AuditBookCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path dir;
    private Path data;
    private Path passwordFile;
    private Path out;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void makeStore() throws Exception {
        data = dir.resolve("data");
        try (DaichoServices services = TestStores.create(data, new OrganisationSetup("試験組合", List.of("総務課"),
                List.of("担当", "課長")), CLOCK)) {
            assertThat(services.history().verify().intact()).isTrue();
        }
        passwordFile = Files.writeString(dir.resolve("password.txt"), TestStores.PASSWORD + "\n");
        out = Files.createDirectories(dir.resolve("out"));
    }

    private Run run(String... args) {
        String[] all = Stream.concat(Stream.of("--data-dir", data.toString(), "--lang", "ja", "--user",
                TestStores.ADMIN, "--password-file", passwordFile.toString()), Stream.of(args)).toArray(String[]::new);
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            code = DaichoCli.run(all, (d, g, demo, m) -> {
                throw new AssertionError("the window must not open for a command");
            }, CLOCK);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    private Path onlyFile() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** The cover's value beside {@code label}. */
    private static String cover(XSSFWorkbook book, String label) {
        DataFormatter format = new DataFormatter();
        for (Row row : book.getSheetAt(0)) {
            if (row.getCell(0) != null && label.equals(format.formatCellValue(row.getCell(0)))) {
                return format.formatCellValue(row.getCell(1));
            }
        }
        throw new AssertionError("no " + label);
    }

    @Test
    void writesTheBookAndPrintsTheSheetsAndTheCheck() throws Exception {
        Run run = run("export", "audit-book", "--fy", "2026", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = onlyFile();
        assertThat(file.getFileName().toString()).isEqualTo("機密性2_監査証跡ブック_令和8年度.xlsx");
        assertThat(run.out()).contains("監査証跡ブックを出力しました: " + file.toAbsolutePath())
                .contains("情報資産管理台帳: 0 行").contains("変更履歴: ").contains("自己点検: ")
                .contains("改ざんは見つかりませんでした").containsPattern("この年度の最後の変更履歴: #\\d+ ハッシュ [0-9a-f]{64}");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(8);
            assertThat(cover(book, "団体名")).isEqualTo("試験組合");
        }
    }

    @Test
    void aBrokenHistoryStillGivesTheBookAndExitsThree() throws Exception {
        // an entry of the year edited outside the app
        RawStore.execute(data, "UPDATE history_entry SET reason = '後から書き換え' WHERE seq = "
                + "(SELECT MAX(seq) FROM history_entry WHERE record_type = 'STAFF')");

        Run run = run("export", "audit-book", "--fy", "2026", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(VerifyCommand.EXIT_BROKEN);
        assertThat(run.out()).contains("改ざんの疑いがあります");
        try (InputStream in = Files.newInputStream(onlyFile()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(cover(book, "結果")).startsWith("改ざんの疑いがあります");
            assertThat(cover(book, "最初の不整合")).contains("内容がハッシュ値と一致しません");
        }
    }

    @Test
    void encryptedWithThePasswordFromAFile() throws Exception {
        Path exportPassword = Files.writeString(dir.resolve("export-password.txt"), "audit-export-2026\n");

        Run run = run("export", "audit-book", "--fy", "2026", "--out", out.resolve("book.xlsx").toString(),
                "--encrypt", "--export-password-file", exportPassword.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("暗号化");
        try (POIFSFileSystem fs = new POIFSFileSystem(out.resolve("book.xlsx").toFile(), true)) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            assertThat(decryptor.verifyPassword("audit-export-2026")).isTrue();
            try (InputStream in = decryptor.getDataStream(fs); XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertThat(cover(book, "団体名")).isEqualTo("試験組合");
            }
        }
    }
}
