package org.daicho.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.daicho.domain.OrganisationSetup;
import org.daicho.store.StoreHolder;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start on the same data folder: told plainly, and the first window asked to come forward (issue 8). */
class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondClaimAsksTheFirstToShowAndGetsNothing() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (SingleInstance first = SingleInstance.claim(dir, shown::countDown).orElseThrow()) {
            assertThat(Files.readString(dir.resolve(SingleInstance.FILE)).strip())
                    .isEqualTo(String.valueOf(first.port()));

            Optional<SingleInstance> second = SingleInstance.claim(dir, () -> { });

            assertThat(second).as("the folder is taken").isEmpty();
            assertThat(shown.await(10, TimeUnit.SECONDS)).as("the first was asked to show its window").isTrue();
        }
        assertThat(dir.resolve(SingleInstance.FILE)).as("removed on close").doesNotExist();
        try (SingleInstance again = SingleInstance.claim(dir, () -> { }).orElseThrow()) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void aFileLeftByACrashIsTakenOver() throws Exception {
        // a crashed Daicho leaves its file with a port nobody listens on, and no lock
        Files.writeString(dir.resolve(SingleInstance.FILE), "1\n");
        CountDownLatch shown = new CountDownLatch(1);
        try (SingleInstance taken = SingleInstance.claim(dir, shown::countDown).orElseThrow()) {
            assertThat(Files.readString(dir.resolve(SingleInstance.FILE)).strip())
                    .isEqualTo(String.valueOf(taken.port()));
        }
    }

    @Test
    void aFolderHeldByAnotherProcessIsTakenAndAFileLeftByAKilledOneIsNot() throws Exception {
        Process other = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                InstanceHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = reader(other)) {
            assertThat(out.lines().filter(l -> l.equals("CLAIMED")).findFirst()).isPresent();
            CountDownLatch never = new CountDownLatch(1);
            assertThat(SingleInstance.claim(dir, never::countDown)).as("held by the other process").isEmpty();
            assertThat(out.readLine()).as("the other process was asked to show").isEqualTo("SHOW");

            other.toHandle().destroyForcibly(); // SIGKILL: its file stays behind, its lock goes
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            other.destroyForcibly();
        }
        assertThat(dir.resolve(SingleInstance.FILE)).exists();
        try (SingleInstance mine = SingleInstance.claim(dir, () -> { }).orElseThrow()) {
            assertThat(mine.port()).isPositive();
        }
    }

    /**
     * Two real processes on one data folder: while one has the store open, {@code daicho verify} says in plain words
     * that the store is open in another Daicho (H2 90020), with no stack trace.
     */
    @Test
    void theCommandLineSaysPlainlyThatTheStoreIsOpenElsewhere() throws Exception {
        Path store = dir.resolve("store");
        TestStores.create(store, new OrganisationSetup("試験町環境衛生組合（試験）", List.of("試験課"), List.of("担当")),
                Clock.systemDefaultZone()).close();
        Path passwordFile = Files.writeString(dir.resolve("password.txt"), TestStores.PASSWORD + "\n");
        Process holder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), store.toString(), StoreHolder.keyHex(store))
                .redirectErrorStream(true).start();
        try (BufferedReader out = reader(holder);
             Writer in = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8)) {
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null && !line.equals("OPEN")) {
                seen.add(line); // the holder's log lines
            }
            assertThat(line).as("holder output: %s", seen).isEqualTo("OPEN");

            Process cli = new ProcessBuilder(java(), "-Duser.language=ja", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "--data-dir", store.toString(), "--user", TestStores.ADMIN,
                    "--password-file", passwordFile.toString(), "verify").start();
            String stdout = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String stderr = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(cli.exitValue()).as("stdout %s", stdout).isNotZero();
            List<String> lines = new ArrayList<>(stderr.lines().filter(l -> l.startsWith("daicho:")).toList());
            assertThat(lines).as("stderr: %s", stderr).hasSize(1);
            assertThat(lines.get(0)).contains("別の Daicho で開かれています");
            assertThat(stderr).doesNotContain("Exception").doesNotContain("90020").doesNotContain("\tat ");

            in.write("close\n");
            in.flush();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
