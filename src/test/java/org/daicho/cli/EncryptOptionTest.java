package org.daicho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --encrypt} and {@code --export-password-file} on the exports, run as a script would run them: the password
 * from DAICHO_EXPORT_PASSWORD or a file, never from an argument and never printed.
 */
class EncryptOptionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private static final GuiLauncher NO_GUI = (dataDir, given, demo, messages) -> {
        throw new AssertionError("the window must not open for a command");
    };
    private static final String EXPORT_PASSWORD = "soto-ni-dasu-2026";

    @TempDir
    static Path shared;
    private static Path demoData;
    private static Path loginPasswordFile;

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        String[] all = Stream.concat(Stream.of("--user", "admin", "--password-file", loginPasswordFile.toString(),
                "--data-dir", demoData.toString(), "--lang", "ja"), Stream.of(args)).toArray(String[]::new);
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = DaichoCli.run(all, NO_GUI, CLOCK);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void makeDemo() throws IOException {
        loginPasswordFile = Files.writeString(shared.resolve("password.txt"), "cli-demo-password-1\n");
        demoData = shared.resolve("demo-data");
        Run demo = run("demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    @AfterEach
    void realEnvironment() {
        EncryptOption.environment = System::getenv;
    }

    /** DAICHO_EXPORT_PASSWORD as a script would set it, without changing this JVM's environment. */
    private static void setExportPasswordVariable(String value) {
        EncryptOption.environment = name -> EncryptOption.ENVIRONMENT_VARIABLE.equals(name) ? value : null;
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static boolean opensWith(Path file, String password) throws Exception {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(container));
            if (!decryptor.verifyPassword(password)) {
                return false;
            }
            try (InputStream plain = decryptor.getDataStream(container); XSSFWorkbook book = new XSSFWorkbook(plain)) {
                return book.getNumberOfSheets() > 0;
            }
        }
    }

    private static byte[] firstBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        }
    }

    @Test
    void encryptTakesThePasswordFromTheEnvironmentAndNeverPrintsIt() throws Exception {
        setExportPasswordVariable(EXPORT_PASSWORD);
        Path out = Files.createDirectory(dir.resolve("出力"));

        Run export = run("export", "assets", "--out", out.toString(), "--encrypt");

        assertThat(export.exitCode()).as(export.err()).isZero();
        List<Path> files = filesIn(out);
        assertThat(files).hasSize(1);
        Path file = files.get(0);
        assertThat(file.getFileName().toString()).matches("機密性[123]_情報資産管理台帳_20261124\\.xlsx");
        assertThat(firstBytes(file)).containsExactly(0xD0, 0xCF, 0x11, 0xE0);
        assertThat(opensWith(file, EXPORT_PASSWORD)).isTrue();
        assertThat(opensWith(file, "cli-demo-password-1")).as("not the login password").isFalse();
        assertThat(export.out()).contains("出力しました: " + file.toAbsolutePath())
                .contains("パスワードで暗号化しました").doesNotContain(EXPORT_PASSWORD);
        assertThat(export.err()).isEmpty();
    }

    @Test
    void aPasswordFileImpliesEncryptAndOnlyItsFirstLineCounts() throws Exception {
        Path passwordFile = Files.writeString(dir.resolve("export-password.txt"), EXPORT_PASSWORD + "\r\n2行目\n",
                StandardCharsets.UTF_8);
        Path out = Files.createDirectory(dir.resolve("出力"));

        Run export = run("export", "training-status", "--fy", "2026", "--out", out.toString(),
                "--export-password-file", passwordFile.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        Path file = filesIn(out).get(0);
        assertThat(file.getFileName().toString()).isEqualTo("機密性2_年度受講状況_令和8年度.xlsx");
        assertThat(opensWith(file, EXPORT_PASSWORD)).isTrue();
        assertThat(export.out()).contains("パスワードで暗号化しました").doesNotContain(EXPORT_PASSWORD);
    }

    @Test
    void encryptWithoutAPasswordIsAUsageErrorNamingBothWaysAndWritesNothing() throws IOException {
        setExportPasswordVariable(null);
        Path out = Files.createDirectory(dir.resolve("出力"));

        Run export = run("export", "carry-log", "--fy", "2026", "--out", out.toString(), "--encrypt");

        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).startsWith("daicho: --encrypt には出力用のパスワードが必要です。")
                .contains("--export-password-file").contains("DAICHO_EXPORT_PASSWORD");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aPasswordShorterThanEightCharactersIsRefusedNamingWhereItCameFrom() throws IOException {
        Path out = Files.createDirectory(dir.resolve("出力"));
        setExportPasswordVariable("short12");
        Path shortFile = Files.writeString(dir.resolve("短い.txt"), "abc\n");

        Run fromVariable = run("export", "assets", "--out", out.toString(), "--encrypt");
        Run fromFile = run("export", "assets", "--out", out.toString(), "--export-password-file", shortFile.toString());

        assertThat(fromVariable.exitCode()).isEqualTo(2);
        assertThat(fromVariable.err())
                .startsWith("daicho: 出力用のパスワードは 8 文字以上にしてください（DAICHO_EXPORT_PASSWORD）。")
                .doesNotContain("short12");
        assertThat(fromFile.exitCode()).isEqualTo(2);
        assertThat(fromFile.err()).startsWith("daicho: 出力用のパスワードは 8 文字以上にしてください（--export-password-file ")
                .contains(shortFile.toAbsolutePath().toString());
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void anEmptyOrMissingPasswordFileIsNamed() throws IOException {
        Path out = Files.createDirectory(dir.resolve("出力"));
        Path empty = Files.writeString(dir.resolve("空.txt"), "\n");
        Path missing = dir.resolve("無い.txt");

        Run emptyRun = run("export", "assets", "--out", out.toString(), "--export-password-file", empty.toString());
        Run missingRun = run("export", "assets", "--out", out.toString(), "--export-password-file", missing.toString());

        assertThat(emptyRun.exitCode()).isEqualTo(2);
        assertThat(emptyRun.err()).startsWith("daicho: 出力用のパスワードファイル（--export-password-file）の1行目が空です: ")
                .contains(empty.toAbsolutePath().toString());
        assertThat(missingRun.exitCode()).isEqualTo(2);
        assertThat(missingRun.err()).startsWith("daicho: 出力用のパスワードファイル（--export-password-file）を読めません: ")
                .contains(missing.toAbsolutePath().toString());
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void withoutEncryptThePasswordVariableIsIgnoredAndTheFileIsAPlainWorkbook() throws IOException {
        setExportPasswordVariable(EXPORT_PASSWORD);
        Path out = Files.createDirectory(dir.resolve("出力"));

        Run export = run("export", "training-report", "--fy", "2026", "--out", out.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(firstBytes(filesIn(out).get(0))).as("a zip: PK").startsWith('P', 'K');
        assertThat(export.out()).doesNotContain("暗号化");
    }
}
