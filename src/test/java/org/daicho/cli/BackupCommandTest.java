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
import org.daicho.domain.OrganisationSetup;
import org.daicho.service.DaichoServices;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code daicho backup --to DIR} and {@code daicho restore FILE}, run as a user would, on real files. */
class BackupCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:30:00Z"), ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path dir;

    private Path data;
    private Path passwordFile;

    record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().filter(line -> !line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).toList();
        }
    }

    @BeforeEach
    void makeStore() throws Exception {
        data = dir.resolve("data");
        try (DaichoServices services = TestStores.create(data, new OrganisationSetup("試験組合", List.of("総務課"),
                List.of("担当", "課長")), CLOCK)) {
            services.settings().addSection("施設課");
        }
        passwordFile = Files.writeString(dir.resolve("password.txt"), TestStores.PASSWORD + "\n");
    }

    private Run run(String language, boolean login, String... command) {
        List<String> args = new ArrayList<>(List.of("--data-dir", data.toString(), "--lang", language));
        if (login) {
            args.addAll(List.of("--user", TestStores.ADMIN, "--password-file", passwordFile.toString()));
        }
        args.addAll(List.of(command));
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = DaichoCli.run(args.toArray(String[]::new), (d, g, demo, m) -> {
                throw new AssertionError("the window must not open for a command");
            }, CLOCK);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void backupToAFolderWritesACheckedBackupAndSaysWhereAndHowBig() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));

        Run run = run("ja", true, "backup", "--to", usb.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = usb.resolve("daicho-backup-20261124-153000.zip");
        assertThat(file).isRegularFile();
        assertThat(run.lines()).singleElement().asString()
                .startsWith("バックアップを作成し、中身を確認しました: " + file.toAbsolutePath() + "（")
                .containsPattern("（[0-9.,]+ [KM]B）$");
        assertThat(data.resolve("backups")).isEmptyDirectory();
    }

    @Test
    void backupToAMissingFolderFailsNamingIt() {
        Path missing = dir.resolve("E-drive");

        Run run = run("en", true, "backup", "--to", missing.toString());

        assertThat(run.exitCode()).isEqualTo(DaichoCli.EXIT_FAILED);
        assertThat(run.err()).startsWith("daicho: The backup folder cannot be found: " + missing.toAbsolutePath());
    }

    @Test
    void backupToAFolderThatCannotBeWrittenFailsAndLeavesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("readonly"));
        folder.toFile().setWritable(false, false);
        Path target = Files.isWritable(folder) ? Files.writeString(dir.resolve("file.txt"), "x").resolve("sub") : folder;

        Run run = run("ja", true, "backup", "--to", target.toString());

        assertThat(run.exitCode()).isEqualTo(DaichoCli.EXIT_FAILED);
        assertThat(run.err()).startsWith("daicho: バックアップの保存先フォルダ").contains(target.toAbsolutePath().toString())
                .contains("台帳のデータはそのままです。");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void restoreSetsTheCurrentStoreAsideAndPutsTheBackupInPlace() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        assertThat(run("ja", true, "backup", "--to", usb.toString()).exitCode()).isZero();
        Path backup = usb.resolve("daicho-backup-20261124-153000.zip");
        try (DaichoServices services = TestStores.open(data, CLOCK)) {
            services.settings().addSection("後から足した課");
        }

        Run run = run("ja", false, "restore", backup.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path aside = data.resolve("set-aside").resolve("20261124-153000");
        assertThat(run.lines()).containsExactly("バックアップから復元しました: " + backup.toAbsolutePath(),
                "それまでの台帳は次のフォルダに残してあります: " + aside.toAbsolutePath(),
                "パスワードはバックアップ作成時点のものに戻っています。");
        assertThat(aside.resolve("daicho.mv.db")).isRegularFile();
        try (DaichoServices services = TestStores.open(data, CLOCK)) {
            assertThat(services.settings().sections()).extracting(s -> s.name()).containsExactly("総務課", "施設課");
            assertThat(services.history().verify().intact()).isTrue();
        }
    }

    @Test
    void restoreRefusesABadBackupAndLeavesTheStoreAsItIs() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        assertThat(run("ja", true, "backup", "--to", usb.toString()).exitCode()).isZero();
        Path backup = usb.resolve("daicho-backup-20261124-153000.zip");
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length - 3000] ^= 0x40;
        Files.write(backup, bytes);
        byte[] store = Files.readAllBytes(data.resolve("daicho.mv.db"));

        Run run = run("ja", false, "restore", backup.toString());

        assertThat(run.exitCode()).isEqualTo(DaichoCli.EXIT_FAILED);
        assertThat(run.err()).startsWith("daicho: このバックアップは使えないため、復元しませんでした: " + backup.toAbsolutePath())
                .contains("今の台帳はそのままです。");
        assertThat(Files.readAllBytes(data.resolve("daicho.mv.db"))).isEqualTo(store);
        assertThat(data.resolve("set-aside")).doesNotExist();
    }

    @Test
    void restoreRefusesWhileTheAppHasTheStoreOpen() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        assertThat(run("ja", true, "backup", "--to", usb.toString()).exitCode()).isZero();
        Path backup = usb.resolve("daicho-backup-20261124-153000.zip");

        try (DaichoServices open = TestStores.open(data, CLOCK)) {
            Run run = run("ja", false, "restore", backup.toString());

            assertThat(run.exitCode()).isEqualTo(DaichoCli.EXIT_FAILED);
            assertThat(run.err()).startsWith("daicho: 台帳のデータは別の Daicho で開かれています。");
            assertThat(open.settings().sections()).hasSize(2);
        }
        assertThat(data.resolve("set-aside")).doesNotExist();
    }
}
