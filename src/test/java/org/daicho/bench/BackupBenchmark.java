package org.daicho.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.daicho.domain.FieldChange;
import org.daicho.domain.FieldChanges;
import org.daicho.domain.HistoryAction;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.RecordType;
import org.daicho.service.BackupResult;
import org.daicho.service.Backups;
import org.daicho.service.DaichoServices;
import org.daicho.service.KeyDerivation;
import org.daicho.service.Progress;
import org.daicho.service.RestoreResult;
import org.daicho.store.Database;
import org.daicho.store.HistoryRepository;
import org.daicho.store.HistoryRow;
import org.daicho.store.KeySlots;
import org.daicho.store.StoreKey;

/**
 * Backup and restore times for policy 2.3(1) 可用性2 (recovery within a set time), measured, never asserted:
 * the demo organisation, and the demo with 1,000,000 change-history entries added. Backup = snapshot, pack,
 * write, read back (hashes) and open the store inside read-only; restore = check, set aside, put in place, then
 * log in (production key derivation) and open the restored store.
 *
 * <p>The 1,000,000 entries are real chained entries (HistoryRepository.appendAll computes each hash): updates of
 * the demo assets' 備考 that set it and clear it again, so that replaying the history still gives the records and
 * {@code verify} stays intact. Run: {@code mvn -o -Pbench test-compile exec:exec@bench-backup}.
 */
public final class BackupBenchmark {

    private static final String PASSWORD = "bench-password-2026";
    private static final int HISTORY = 1_000_000;
    private static final int BATCH = 1_000;

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("daicho-backup-bench");
        System.out.printf("Daicho backup benchmark — max heap %d MB, %s, in %s%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"), root);
        try {
            Path demo = root.resolve("demo");
            makeDemo(demo);
            measure("demo data", demo, root.resolve("demo-restored"));

            Path big = root.resolve("big");
            makeDemo(big);
            long started = System.nanoTime();
            addHistory(big, HISTORY);
            System.out.printf("  (adding %,d history entries took %.1f s)%n", HISTORY, seconds(started));
            measure(String.format("demo + %,d history entries", HISTORY), big, root.resolve("big-restored"));
        } finally {
            deleteTree(root);
        }
    }

    private static void makeDemo(Path dir) {
        DaichoServices.createDemo(dir, PASSWORD.toCharArray(), Clock.systemDefaultZone(), KeyDerivation.PRODUCTION)
                .services().close();
    }

    private static void measure(String what, Path dataDir, Path restoreDir) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        long storeSize = Files.size(dataDir.resolve(Database.STORE_FILE));
        BackupResult backup;
        long historyEntries;
        try (DaichoServices services = login(dataDir, clock)) {
            historyEntries = services.history().entries(org.daicho.domain.HistoryFilter.ALL.withLimit(1)).isEmpty() ? 0
                    : services.history().entries(org.daicho.domain.HistoryFilter.ALL.withLimit(1)).get(0).seq();
            long started = System.nanoTime();
            backup = services.backups().backUpNow(Progress.NONE);
            double backupSeconds = seconds(started);
            System.out.printf("%s: store %s (%,d history entries)%n", what, Backups.sizeText(storeSize), historyEntries);
            System.out.printf("  backup incl. check (snapshot, pack, write, read back, open inside): %.2f s, file %s%n",
                    backupSeconds, Backups.sizeText(backup.sizeBytes()));
        }

        long started = System.nanoTime();
        boolean good = new Backups(dataDir, clock).verify(backup.file()).good();
        System.out.printf("  check alone (manifest + SHA-256 of every entry): %.2f s, good=%s%n", seconds(started), good);

        // restore into the same folder: check, set the current store aside, put the backup in place, log in
        started = System.nanoTime();
        RestoreResult restored = new Backups(dataDir, clock).restore(backup.file());
        double restoreSeconds = seconds(started);
        long openStarted = System.nanoTime();
        try (DaichoServices services = login(dataDir, clock)) {
            List<LedgerEntry> assets = services.ledger().entries();
            double openSeconds = seconds(openStarted);
            System.out.printf("  restore incl. check and set-aside: %.2f s; log in and open the restored store: %.2f s"
                    + " (%d assets); total %.2f s%n", restoreSeconds, openSeconds, assets.size(),
                    restoreSeconds + openSeconds);
            System.out.printf("  set aside in %s%n", restored.setAsideFolder());
            if (historyEntries <= 100_000) {
                started = System.nanoTime();
                System.out.printf("  history verify after restore: intact=%s (%.1f s)%n",
                        services.history().verify().intact(), seconds(started));
            } else {
                started = System.nanoTime();
                boolean intact = services.history().verify().intact();
                System.out.printf("  history verify after restore: intact=%s (%.1f s, not part of the restore)%n",
                        intact, seconds(started));
            }
        }
    }

    private static DaichoServices login(Path dataDir, Clock clock) {
        return DaichoServices.login(dataDir, "admin", PASSWORD.toCharArray(), clock).services();
    }

    /** Appends {@code count} real, chained history entries: each asset's 備考 set to a text and cleared again. */
    private static void addHistory(Path dataDir, int count) throws Exception {
        StoreKey key = KeySlots.load(dataDir).open("admin", PASSWORD.toCharArray());
        try (Database db = Database.open(dataDir, key)) {
            List<long[]> assets = db.read(c -> {
                List<long[]> ids = new ArrayList<>();
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM asset ORDER BY id")) {
                    while (rs.next()) {
                        ids.add(new long[] {rs.getLong(1)});
                    }
                }
                return ids;
            });
            List<String> notes = db.read(c -> {
                List<String> values = new ArrayList<>();
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT note FROM asset ORDER BY id")) {
                    while (rs.next()) {
                        values.add(rs.getString(1) == null ? "" : rs.getString(1));
                    }
                }
                return values;
            });
            HistoryRepository history = new HistoryRepository();
            LocalDateTime time = LocalDateTime.of(2026, 11, 24, 9, 0);
            int written = 0;
            while (written < count) {
                List<HistoryRow.Draft> drafts = new ArrayList<>(BATCH);
                for (int i = 0; i < BATCH && written < count; i += 2, written += 2) {
                    int a = (written / 2) % assets.size();
                    long id = assets.get(a)[0];
                    String original = notes.get(a);
                    String changed = "棚卸で確認（" + (written / 2) + "）";
                    time = time.plusSeconds(30);
                    drafts.add(new HistoryRow.Draft(time, null, "system", RecordType.ASSET.name(), id,
                            HistoryAction.UPDATE.name(), "", FieldChanges.encode(List.of(new FieldChange("NOTE", original,
                                    changed)))));
                    drafts.add(new HistoryRow.Draft(time.plusSeconds(1), null, "system", RecordType.ASSET.name(), id,
                            HistoryAction.UPDATE.name(), "", FieldChanges.encode(List.of(new FieldChange("NOTE", changed,
                                    original)))));
                }
                db.inTransaction(c -> history.appendAll(c, drafts));
            }
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
