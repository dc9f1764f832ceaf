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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code daicho export carry-log --fy 2026 --out PATH}, run as a script would run it, on a demo made by the CLI. */
class CarryLogCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private static final GuiLauncher NO_GUI = (dataDir, given, demo, messages) -> {
        throw new AssertionError("the window must not open for a command");
    };

    @TempDir
    static Path shared;
    private static Path demoData;
    private static Path passwordFile;

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        String[] all = Stream.concat(Stream.of("--user", "admin", "--password-file", passwordFile.toString()),
                Stream.of(args)).toArray(String[]::new);
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
        passwordFile = Files.writeString(shared.resolve("password.txt"), "cli-demo-password-1\n");
        demoData = shared.resolve("demo-data");
        Run demo = run("--data-dir", demoData.toString(), "--lang", "ja", "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    @Test
    void theFiscalYearLogIsWrittenIntoAFolderNamedWithItsClassAndYear() throws IOException {
        Run export = run("--data-dir", demoData.toString(), "--lang", "ja", "export", "carry-log", "--fy", "2026",
                "--out", dir.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).isEmpty();
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.toList();
        }
        assertThat(files).hasSize(1);
        String name = files.get(0).getFileName().toString();
        assertThat(name).matches("機密性[123]_持出・持込記録簿_令和8年度\\.xlsx");
        assertThat(export.out()).contains("出力しました").contains(name).contains("16 件").contains("返却遅延 2 件");
        try (InputStream in = Files.newInputStream(files.get(0)); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("持出・持込記録簿");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("返却遅延");
        }
    }

    @Test
    void anotherYearGivesAnEmptyLogToANamedFile() throws IOException {
        Path file = dir.resolve("2027.xlsx");
        Run export = run("--data-dir", demoData.toString(), "--lang", "en", "export", "carry-log", "--fy", "2027",
                "--out", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(file).isRegularFile();
        assertThat(export.out()).contains("(0 records, 2 overdue)");
    }

    @Test
    void aYearThatIsNotFourDigitsIsRefusedWithOneLine() {
        Run export = run("--data-dir", demoData.toString(), "--lang", "ja", "export", "carry-log", "--fy", "26",
                "--out", dir.toString());
        assertThat(export.exitCode()).isNotZero();
        assertThat(export.err()).contains("年度「26」").doesNotContain("Exception");
        Run missing = run("--data-dir", demoData.toString(), "export", "carry-log", "--out", dir.toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("--fy");
    }
}
