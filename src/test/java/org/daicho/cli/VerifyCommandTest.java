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
import java.util.List;
import org.daicho.domain.OrganisationSetup;
import org.daicho.service.DaichoServices;
import org.daicho.testing.RawStore;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code daicho verify}: exit 0 and a summary when intact, 3 and the first broken entry when not. */
class VerifyCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path dir;

    private Path data;
    private Path passwordFile;

    record Run(int exitCode, String out, String err) {
        /** What the command printed, without the log lines that tests also send to the console. */
        List<String> lines() {
            return out.lines().filter(line -> !line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).toList();
        }
    }

    @BeforeEach
    void makeStore() throws Exception {
        data = dir.resolve("data");
        try (DaichoServices services = TestStores.create(data, new OrganisationSetup("試験組合", List.of("総務課"),
                List.of("担当", "課長")), CLOCK)) {
            assertThat(services.history().verify().intact()).isTrue();
        }
        passwordFile = Files.writeString(dir.resolve("password.txt"), TestStores.PASSWORD + "\n");
    }

    private Run verify(String language) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = DaichoCli.run(new String[] {"--data-dir", data.toString(), "--lang", language, "--user",
                TestStores.ADMIN, "--password-file", passwordFile.toString(), "verify"}, (d, g, demo, m) -> {
                    throw new AssertionError("the window must not open for a command");
                }, CLOCK);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anIntactStoreExitsZeroWithTheCountsAndTheChainHead() {
        Run run = verify("ja");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.lines();
        assertThat(lines).hasSize(2);
        // the settings, the section, the administrator's staff record and account
        assertThat(lines.get(0)).startsWith("改ざんは見つかりませんでした（変更履歴 ").contains("記録 4 件を確認");
        assertThat(lines.get(1)).startsWith("最新の変更履歴: #").containsPattern("[0-9a-f]{64}");
    }

    @Test
    void aChangedRecordExitsThreeNamingIt() {
        List<List<String>> staff = RawStore.query(data, "SELECT id FROM staff");
        RawStore.execute(data, "UPDATE staff SET name = '別人 花子' WHERE id = " + staff.get(0).get(0));

        Run run = verify("en");

        assertThat(run.exitCode()).isEqualTo(VerifyCommand.EXIT_BROKEN).isEqualTo(3);
        List<String> lines = run.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Possible tampering found (").contains("history entries");
        assertThat(lines.get(1)).contains("Staff ID " + staff.get(0).get(0)).contains("do not match its history")
                .contains("NAME");
    }

    @Test
    void aDeletedHistoryEntryExitsThreeNamingTheEntryAfterIt() {
        RawStore.execute(data, "DELETE FROM history_entry WHERE seq = 2");

        Run run = verify("ja");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("改ざんの疑いがあります").contains("変更履歴 #3 の直前の履歴がありません");
    }
}
