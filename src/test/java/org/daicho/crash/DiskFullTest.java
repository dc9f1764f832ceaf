package org.daicho.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while records are written (issue 8), on a real small file system: a 4 MiB tmpfs, mounted by
 * the test. Needs Linux and root (a container or CI runner as root); elsewhere it is skipped, and says so. The write
 * that finds no space is refused with the plain message naming the data folder, nothing of it is kept, and every
 * record saved before it is there, whole, when the store is reopened with space again.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFindsTheDiskFullIsRefusedPlainlyAndTheStoreKeepsWhatWasSaved() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString()),
                "needs root on Linux to mount a small tmpfs");
        try {
            Path data = mount.resolve("data");
            Clock clock = Clock.systemDefaultZone();
            List<String> saved = new ArrayList<>();
            Throwable refused = null;
            try (DaichoServices services = TestStores.create(data, new OrganisationSetup("試験町環境衛生組合（試験）",
                    List.of("試験課"), List.of("担当")), clock)) {
                long section = services.settings().sections().get(0).id();
                fill(mount.resolve("filler.bin"));
                for (int i = 0; i < 2_000 && refused == null; i++) {
                    String no = String.format("D%05d", i);
                    try {
                        services.staff().save(null, new StaffDraft(no, "試験 職員" + i, "しけん しょくいん", section,
                                EmploymentType.REGULAR, "2010/4/1", "", false, false));
                        saved.add(no);
                    } catch (RuntimeException e) {
                        refused = e;
                    }
                }
            } catch (RuntimeException closing) {
                // closing a store that could not write may fail too; what matters is what is on the disk
            }
            assertThat(refused).as("a write was refused for lack of space").isNotNull();
            String message = ErrorMessages.describe(refused, Messages.japanese());
            assertThat(message).as("message for %s", refused).startsWith("データフォルダに書き込めません（ディスクの空き容量")
                    .contains(data.toString()).doesNotContain("Exception");

            Files.delete(mount.resolve("filler.bin"));
            try (DaichoServices reopened = TestStores.open(data, clock)) {
                List<String> stored = reopened.staff().all().stream().map(Staff::staffNo)
                        .filter(no -> no.startsWith("D")).toList();
                assertThat(stored).as("every record saved before the disk filled, and not the refused one")
                        .containsExactlyElementsOf(saved);
                assertThat(reopened.history().verify().intact()).isTrue();
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    /** Fills the file system, leaving some tens of KiB so that the store fails on a later commit, not at once. */
    private static void fill(Path filler) throws IOException {
        long left = Files.getFileStore(filler.getParent()).getUsableSpace() - 48 * 1024;
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written + block.length <= left; written += block.length) {
                out.write(block);
            }
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
