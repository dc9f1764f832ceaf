package org.daicho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands, run as a clerk or a script would run them. */
class DaichoCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    private static final GuiLauncher NO_GUI = (dataDir, given, demo, messages) -> {
        throw new AssertionError("the window must not open for a command");
    };

    private static Run run(GuiLauncher gui, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = DaichoCli.run(withCredentials(args), gui, CLOCK);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every command runs as the demo's administrator, the password from a file (never an argument). */
    private static Run run(String... args) {
        return run(NO_GUI, args);
    }

    private static String[] withCredentials(String... args) {
        if (passwordFile == null || java.util.Arrays.asList(args).contains("--password-file")) {
            return java.util.Arrays.asList(args).contains("--password-file")
                    ? java.util.stream.Stream.concat(java.util.stream.Stream.of("--user", "admin"),
                            java.util.Arrays.stream(args)).toArray(String[]::new)
                    : args;
        }
        String[] all = new String[args.length + 4];
        all[0] = "--user";
        all[1] = "admin";
        all[2] = "--password-file";
        all[3] = passwordFile.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return all;
    }

    /** One demo folder made through the command line for the whole class (the commands below only read it). */
    @TempDir
    static Path shared;

    private static Path demoData;
    private static Path passwordFile;
    private static Run demoRun;

    @BeforeAll
    static void makeDemoThroughTheCommandLine() throws java.io.IOException {
        passwordFile = java.nio.file.Files.writeString(shared.resolve("password.txt"), "cli-demo-password-1\n");
        demoData = shared.resolve("demo-data");
        demoRun = run("--data-dir", demoData.toString(), "--lang", "ja", "demo");
    }

    @Test
    void demoMakesTheSyntheticOrganisation() {
        assertThat(demoRun.exitCode()).as(demoRun.err()).isZero();
        assertThat(demoRun.out()).contains("デモデータを作成しました").contains(demoData.toAbsolutePath().toString())
                .contains("職員 60 名").contains("情報資産 300 件");
        assertThat(demoRun.err()).isEmpty();
    }

    @Test
    void exportIntoAFolderWritesALedgerNamedWithItsClassification() throws Exception {
        Path out = Files.createDirectory(dir.resolve("出力"));

        Run export = run("--data-dir", demoData.toString(), "--lang", "ja", "export", "assets", "--out", out.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).isEmpty();

        List<Path> files;
        try (Stream<Path> listed = Files.list(out)) {
            files = listed.toList();
        }
        assertThat(files).hasSize(1);
        String name = files.get(0).getFileName().toString();
        assertThat(name).isEqualTo("機密性3_情報資産管理台帳_20261124.xlsx");
        assertThat(Files.size(files.get(0))).isPositive();
        assertThat(export.out()).contains("出力しました").contains(name).contains("300 件");
    }

    @Test
    void exportToANamedFileWritesThatFile() {
        Path file = dir.resolve("台帳_試験.xlsx");

        Run export = run("--data-dir", demoData.toString(), "export", "assets", "--out", file.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(file).isRegularFile();
    }

    @Test
    void exportWithoutAStoreFailsWithOneClearLine() {
        Path empty = dir.resolve("空のフォルダ");

        Run run = run("--data-dir", empty.toString(), "--lang", "ja", "export", "assets", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("daicho: 台帳のデータがありません: ").contains(empty.toString())
                .doesNotContain("Exception").doesNotContain("at org.");
        assertThat(empty).doesNotExist();
    }

    @Test
    void withVerboseTheStackTraceFollowsTheLine() {
        Path empty = dir.resolve("空のフォルダ");

        Run run = run("--data-dir", empty.toString(), "--lang", "ja", "--verbose", "export", "assets", "--out",
                dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines().get(0)).startsWith("daicho: 台帳のデータがありません");
        assertThat(run.err()).contains("StoreException").contains("at org.daicho.service.DaichoServices.login");
    }

    @Test
    void englishMessagesWithLangEn() {
        Run run = run("--data-dir", dir.resolve("none").toString(), "--lang", "en", "export", "assets", "--out",
                dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("daicho: No ledger data here: ");
    }

    @Test
    void exportIntoAMissingFolderNamesTheFolder() {
        Path missing = dir.resolve("無いフォルダ");

        Run run = run("--data-dir", demoData.toString(), "--lang", "ja", "export", "assets", "--out",
                missing.resolve("台帳.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("daicho: 出力先のフォルダがありません: " + missing);
    }

    @Test
    void demoWhereAStoreExistsIsRefused() {
        Run again = run("--data-dir", demoData.toString(), "--lang", "ja", "demo");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.errLines()).hasSize(1);
        assertThat(again.err()).startsWith("daicho: このフォルダには既に台帳のデータがあります");
        assertThat(demoData.resolve("daicho.mv.db")).as("the existing store is kept").isRegularFile();
    }

    /** The arguments the window would have been opened with. */
    private record Launch(Path dataDir, boolean dataDirGiven, boolean demo, Messages messages) {
    }

    @Test
    void withoutACommandTheWindowOpensOnTheDataFolder() {
        List<Launch> launches = new ArrayList<>();
        Path data = dir.resolve("data");

        Run run = run((dataDir, given, demo, messages) -> {
            launches.add(new Launch(dataDir, given, demo, messages));
            return 0;
        }, "--data-dir", data.toString(), "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(launches).hasSize(1);
        Launch launch = launches.get(0);
        assertThat(launch.dataDir()).isEqualTo(data);
        assertThat(launch.dataDirGiven()).isTrue();
        assertThat(launch.demo()).isFalse();
        assertThat(launch.messages().get("nav.home")).isEqualTo(Messages.forLanguage("en").get("nav.home"));
    }

    @Test
    void theDemoFlagIsPassedToTheWindow() {
        List<Launch> launches = new ArrayList<>();

        Run run = run((dataDir, given, demo, messages) -> {
            launches.add(new Launch(dataDir, given, demo, messages));
            return 3;
        }, "--demo", "--lang", "ja");

        assertThat(run.exitCode()).as("the window's exit code is the program's").isEqualTo(3);
        assertThat(launches).hasSize(1);
        assertThat(launches.get(0).demo()).isTrue();
        assertThat(launches.get(0).dataDirGiven()).isFalse();
        assertThat(launches.get(0).dataDir()).isNotNull();
        assertThat(launches.get(0).messages().get("nav.home")).isEqualTo("ホーム");
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo").contains("export").contains("--data-dir");
    }

    @Test
    void anUnknownOptionIsRefusedWithoutOpeningTheWindow() {
        Run run = run("--no-such-option");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void aWrongPasswordIsRefusedWithOneLineAndNoExport() throws Exception {
        Path wrong = java.nio.file.Files.writeString(shared.resolve("wrong.txt"), "not-the-password\n");
        Path out = java.nio.file.Files.createDirectories(shared.resolve("wrong-out"));

        Run run = run("--data-dir", demoData.toString(), "--lang", "ja", "--password-file", wrong.toString(),
                "export", "assets", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("daicho: ユーザー名またはパスワードが違います。");
        try (var files = java.nio.file.Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void recoverNeedsTheRecoveryKey() {
        Run run = run("--data-dir", demoData.toString(), "--lang", "ja", "recover");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("回復キー");
    }
}
