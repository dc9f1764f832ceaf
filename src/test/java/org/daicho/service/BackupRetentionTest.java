package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.daicho.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention rule on real files: the newest N backups, plus the newest of each month for a year; nothing that
 * is not a Daicho backup is touched. The fixtures are backup files named and dated as the app names them, with a
 * manifest (no store is needed to decide what to keep).
 */
class BackupRetentionTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @TempDir
    Path dir;

    private Path fixture(Path folder, Instant createdAt) throws Exception {
        Path file = folder.resolve("daicho-backup-" + NAME.format(LocalDateTime.ofInstant(createdAt, TOKYO)) + ".zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(BackupManifest.FILE));
            new BackupManifest(BackupManifest.FORMAT, "0.1.0", createdAt, "試験組合", Map.of(), Map.of()).write(zip);
            zip.closeEntry();
        }
        return file;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void fortyDailyBackupsKeepTheNewestThirtyAndTheNewestOfEachEarlierMonth() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        MutableClock clock = new MutableClock(Instant.parse("2026-10-01T08:00:00Z"), TOKYO);
        for (int day = 0; day < 40; day++) { // 2026-10-01 … 2026-11-09, one a day at 17:00 Tokyo
            fixture(folder, clock.instant());
            clock.advance(Duration.ofDays(1));
        }
        Path notOurs = Files.writeString(folder.resolve("notes.txt"), "kept");
        Path namedLikeOursButNoManifest = Files.writeString(folder.resolve("daicho-backup-20200101-000000.zip"), "x");

        List<Path> deleted = new Backups(dir.resolve("data"), clock).prune(folder, 30);

        List<String> left = names(folder);
        // the newest 30: 2026-10-11 … 2026-11-09; October's newest is among them; nothing of September exists
        assertThat(deleted).hasSize(10);
        assertThat(left).contains("daicho-backup-20261011-170000.zip", "daicho-backup-20261109-170000.zip")
                .doesNotContain("daicho-backup-20261010-170000.zip", "daicho-backup-20261001-170000.zip");
        assertThat(left.stream().filter(n -> n.startsWith("daicho-backup-2026"))).hasSize(30);
        assertThat(notOurs).exists();
        assertThat(namedLikeOursButNoManifest).exists();
    }

    @Test
    void theNewestOfEachMonthIsKeptForAYearAndOlderOnesGo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        // three backups in each month from 2025-06 to 2026-11 (the 1st, 10th and 20th at 12:00 Tokyo)
        for (LocalDateTime month = LocalDateTime.of(2025, 6, 1, 12, 0); month.isBefore(LocalDateTime.of(2026, 12, 1, 0, 0));
                month = month.plusMonths(1)) {
            for (int day : new int[] {1, 10, 20}) {
                fixture(folder, month.withDayOfMonth(day).atZone(TOKYO).toInstant());
            }
        }
        MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 25, 9, 0).atZone(TOKYO).toInstant(), TOKYO);

        new Backups(dir.resolve("data"), clock).prune(folder, 5);

        assertThat(names(folder)).containsExactly(
                // one a month, 2025-12 … 2026-10: the newest of each
                "daicho-backup-20251220-120000.zip", "daicho-backup-20260120-120000.zip",
                "daicho-backup-20260220-120000.zip", "daicho-backup-20260320-120000.zip",
                "daicho-backup-20260420-120000.zip", "daicho-backup-20260520-120000.zip",
                "daicho-backup-20260620-120000.zip", "daicho-backup-20260720-120000.zip",
                "daicho-backup-20260820-120000.zip",
                // September's newest, then the newest five (2026-10-10 … 2026-11-20), which hold October's and November's
                "daicho-backup-20260920-120000.zip", "daicho-backup-20261010-120000.zip",
                "daicho-backup-20261020-120000.zip", "daicho-backup-20261101-120000.zip",
                "daicho-backup-20261110-120000.zip", "daicho-backup-20261120-120000.zip");
    }
}
