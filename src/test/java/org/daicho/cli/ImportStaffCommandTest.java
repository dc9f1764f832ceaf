package org.daicho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.daicho.domain.HistoryFilter;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Staff;
import org.daicho.service.DaichoServices;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code daicho import staff FILE [--dry-run] [--encoding …]}, run as a script would: the counts on stdout, every
 * bad row by row and column on stderr with exit 2 and nothing changed. The store has 総務課 and 業務課 and its
 * administrator Z9001.
 */
class ImportStaffCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final String HEADER = "職員番号,氏名,ふりがな,所属,任用区分,採用日";

    @TempDir
    Path dir;

    private Path data;
    private Path passwordFile;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void makeStore() throws IOException {
        data = dir.resolve("data");
        TestStores.create(data, new OrganisationSetup("試験組合", List.of("総務課", "業務課"), List.of("担当", "課長")),
                CLOCK).close();
        passwordFile = Files.writeString(dir.resolve("password.txt"), TestStores.PASSWORD + "\n");
    }

    private Run run(String... args) {
        String[] all = Stream.concat(Stream.of("--data-dir", data.toString(), "--lang", "ja", "--user", TestStores.ADMIN,
                "--password-file", passwordFile.toString()), Stream.of(args)).toArray(String[]::new);
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = DaichoCli.run(all, (d, g, demo, m) -> {
                throw new AssertionError("the window must not open for a command");
            }, CLOCK);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path csv(String name, Charset charset, String... lines) throws IOException {
        return Files.write(dir.resolve(name), (String.join("\r\n", lines) + "\r\n").getBytes(charset));
    }

    /** The staff numbers in the store and the number of change-history entries, read after the command. */
    private record State(List<String> staffNos, int history) {
    }

    private State state() {
        try (DaichoServices services = TestStores.open(data, CLOCK)) {
            return new State(services.staff().all().stream().map(Staff::staffNo).toList(),
                    services.history().entries(HistoryFilter.ALL).size());
        }
    }

    @Test
    void aShiftJisFileFromExcelIsImportedAndCounted() throws IOException {
        Path file = csv("職員.csv", WINDOWS_31J, HEADER,
                "T1001,試験 太郎,シケン タロウ,総務課,職員,2026/4/1",
                "T1002,試験 髙子,しけん たかこ,業務課,非常勤,R8.4.1");

        Run run = run("import", "staff", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("文字コード: Windows-31J").contains("職員番号 ←「職員番号」")
                .contains("新規 2 名、更新 0 名、変更なし 0 名、エラー 0 行")
                .contains("取り込みました: 新規 2 名、更新 0 名、変更なし 0 名");
        assertThat(state().staffNos()).containsExactly("T1001", "T1002", "Z9001");
    }

    @Test
    void aSecondRunUpdatesByStaffNumber() throws IOException {
        run("import", "staff", csv("first.csv", StandardCharsets.UTF_8, HEADER,
                "T1001,試験 太郎,しけん たろう,総務課,職員,2026/4/1").toString());

        Run again = run("import", "staff", "--encoding", "UTF-8", csv("second.csv", StandardCharsets.UTF_8, HEADER,
                "T1001,試験 太郎,しけん たろう,業務課,職員,2026/4/1",
                "T1003,試験 三郎,しけん さぶろう,業務課,臨時,2026/4/1").toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("文字コード: UTF-8").contains("取り込みました: 新規 1 名、更新 1 名、変更なし 0 名");
        assertThat(state().staffNos()).containsExactly("T1001", "T1003", "Z9001");
    }

    @Test
    void aDryRunChangesNothing() throws IOException {
        State before = state();
        Path file = csv("職員.csv", StandardCharsets.UTF_8, HEADER, "T1001,試験 太郎,しけん たろう,総務課,職員,2026/4/1");

        Run run = run("import", "staff", file.toString(), "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("新規 1 名").contains("--dry-run のため、何も変更していません。")
                .doesNotContain("取り込みました");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aFileWithBadRowsExitsTwoNamingEachRowAndColumnAndChangesNothing() throws IOException {
        State before = state();
        Path file = csv("職員.csv", StandardCharsets.UTF_8, HEADER,
                "T1001,試験 太郎,しけん たろう,総務課,職員,2026/4/1",
                "T1002,試験 花子,しけん はなこ,存在しない課,職員,2026/4/1",
                "T1003,,しけん さぶろう,総務課,職員,2026/2/30");

        for (String[] args : List.of(new String[] {"import", "staff", file.toString()},
                new String[] {"import", "staff", file.toString(), "--dry-run"})) {
            Run run = run(args);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines().toList()).containsExactly(
                    "行 3 列「所属」: 所属「存在しない課」は登録されていません。設定で所属を追加するか、登録済みの所属名にしてください。",
                    "行 4 列「氏名」: 氏名を入力してください。",
                    "行 4 列「採用日」: 採用日の「2026/2/30」は日付として読めません。2026/04/01 や R8.4.1 の形で入力してください（存在しない日付は使えません）。",
                    "エラーが 3 件あるため、何も取り込みませんでした。ファイルを直してからもう一度実行してください。");
            assertThat(run.out()).contains("新規 1 名、更新 0 名、変更なし 0 名、エラー 2 行").doesNotContain("取り込みました");
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeReadOrAnUnknownEncodingIsOneLineAndExitsNonZero() throws IOException {
        State before = state();
        Run missing = run("import", "staff", dir.resolve("none.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("「none.csv」が見つかりません。").doesNotContain("Exception");

        Path file = csv("職員.csv", StandardCharsets.UTF_8, HEADER, "T1001,試験 太郎,しけん たろう,総務課,職員,2026/4/1");
        Run encoding = run("import", "staff", file.toString(), "--encoding", "EUC-JP");
        assertThat(encoding.exitCode()).isEqualTo(1);
        assertThat(encoding.err()).contains("文字コード「EUC-JP」は指定できません");

        Run pdf = run("import", "staff", Files.writeString(dir.resolve("職員.pdf"), "%PDF").toString());
        assertThat(pdf.exitCode()).isEqualTo(1);
        assertThat(pdf.err()).contains("「職員.pdf」は取り込めません。");
        assertThat(state()).isEqualTo(before);
    }
}
