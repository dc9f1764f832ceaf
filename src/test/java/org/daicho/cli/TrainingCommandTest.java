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
import org.daicho.domain.AttendanceMark;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Comprehension;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingSessionDraft;
import org.daicho.domain.TrainingTarget;
import org.daicho.service.DaichoServices;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code daicho export training-status | training-report | training-roster}, run as a script would run them, on a
 * store with two people and one marked session (made through the services, as the window makes them).
 */
class TrainingCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private static final GuiLauncher NO_GUI = (dataDir, given, demo, messages) -> {
        throw new AssertionError("the window must not open for a command");
    };

    @TempDir
    static Path shared;
    private static Path data;
    private static Path passwordFile;
    private static long sessionId;

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        String[] all = Stream.concat(Stream.of("--data-dir", data.toString(), "--user", TestStores.ADMIN,
                "--password-file", passwordFile.toString()), Stream.of(args)).toArray(String[]::new);
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
    static void makeStore() throws IOException {
        passwordFile = Files.writeString(shared.resolve("password.txt"), TestStores.PASSWORD + "\n");
        data = shared.resolve("data");
        OrganisationSetup setup = new OrganisationSetup("試験町環境衛生組合（試験）", List.of("試験課", "見本課"),
                List.of("担当", "係長", "課長"));
        try (DaichoServices services = TestStores.create(data, setup, CLOCK)) {
            long section = services.settings().sections().get(1).id();
            Staff taro = services.staff().save(null, new StaffDraft("S01001", "試験 太郎", "しけん たろう", section,
                    EmploymentType.REGULAR, "2020/4/1", "", false, false));
            services.staff().save(null, new StaffDraft("S01002", "見本 花子", "みほん はなこ", section,
                    EmploymentType.TEMPORARY, "2021/4/1", "", false, false));
            sessionId = services.training().saveSession(null, new TrainingSessionDraft("情報セキュリティ研修",
                    TrainingKind.ANNUAL, "2026/6/10", TrainingFormat.CLASSROOM, "試験 講師", TrainingTarget.ALL_STAFF,
                    "")).id();
            services.training().mark(new AttendanceMark(sessionId, List.of(taro.id()), AttendanceResult.ATTENDED,
                    Comprehension.GOOD, "", null));
        }
    }

    private List<Path> written() throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.toList();
        }
    }

    @Test
    void theYearsStatusGoesIntoAFolderNamedWithItsClassAndYear() throws IOException {
        Run export = run("--lang", "ja", "export", "training-status", "--fy", "2026", "--out", dir.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).isEmpty();
        List<Path> files = written();
        assertThat(files).hasSize(1);
        String name = files.get(0).getFileName().toString();
        assertThat(name).matches("機密性2_年度受講状況_(令和8|2026)年度\\.xlsx");
        // the administrator (hired today), 試験 太郎 (trained) and 見本 花子 (not)
        assertThat(export.out()).contains("出力しました").contains(name).contains("対象 3 名").contains("未受講 2 名");
        try (InputStream in = Files.newInputStream(files.get(0)); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("年度受講状況");
        }
    }

    @Test
    void theReportGoesToANamedFile() throws IOException {
        Path file = dir.resolve("report.xlsx");
        Run export = run("--lang", "en", "export", "training-report", "--fy", "2026", "--out", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(file).isRegularFile();
        assertThat(export.out()).contains("(3 counted, 1 trained)");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Training report");
        }
    }

    @Test
    void theRosterOfOneSession() throws IOException {
        Run export = run("--lang", "ja", "export", "training-roster", "--session", String.valueOf(sessionId), "--out",
                dir.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        List<Path> files = written();
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).isEqualTo("機密性2_研修受講者名簿_20260610_情報セキュリティ研修.xlsx");
        // employed on 10 June: 試験 太郎 and 見本 花子, not the administrator hired today
        assertThat(export.out()).contains("（2 名）");
    }

    @Test
    void anUnknownSessionIsRefusedWithOneJapaneseLineAndNoFile() throws IOException {
        Run export = run("--lang", "ja", "export", "training-roster", "--session", "9999", "--out", dir.toString());
        assertThat(export.exitCode()).isEqualTo(DaichoCli.EXIT_FAILED);
        assertThat(export.err()).contains("研修番号 9999 の研修は登録されていません").doesNotContain("Exception");
        assertThat(export.err().strip().lines()).hasSize(1);
        assertThat(written()).isEmpty();
    }

    @Test
    void aYearThatIsNotFourDigitsOrAMissingOptionIsRefused() throws IOException {
        Run year = run("--lang", "ja", "export", "training-report", "--fy", "26", "--out", dir.toString());
        assertThat(year.exitCode()).isNotZero();
        assertThat(year.err()).contains("年度「26」").doesNotContain("Exception");
        Run missing = run("export", "training-roster", "--out", dir.toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("--session");
        Run folder = run("--lang", "ja", "export", "training-status", "--fy", "2026", "--out",
                dir.resolve("no-such-folder").toString());
        assertThat(folder.exitCode()).isEqualTo(DaichoCli.EXIT_FAILED);
        assertThat(folder.err()).contains("出力先のフォルダがありません");
        assertThat(written()).isEmpty();
    }
}
