package org.daicho.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.daicho.domain.FieldError;
import org.daicho.domain.Role;
import org.daicho.domain.ValidationException;
import org.daicho.store.Database;
import org.daicho.store.KeySlots;
import org.daicho.store.StoreCounts;
import org.daicho.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes backups of the open store (policy 2.6.1(2)): a consistent snapshot taken while the app runs (H2
 * {@code BACKUP TO}), packed with the key slots and a manifest, written to a hidden {@code .part} file and moved
 * into place, then checked: every entry read back against its SHA-256, and the store inside opened read-only
 * with the store key and its record counts compared with the manifest. Every backup goes to the data folder's
 * {@code backups} folder and, when one is chosen in the settings, is copied there too; the retention rule then
 * removes old ones. The files, the list and restore: {@link Backups}.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final int STEPS = 5;

    private final Database db;
    private final Clock clock;
    private final SettingsService settingsService;
    private final Supplier<Actor> actor;
    private final Backups backups;
    /** One backup at a time (the daily one and the one at closing may meet). */
    private final Object writing = new Object();

    BackupService(Database db, Clock clock, SettingsService settingsService, Supplier<Actor> actor) {
        this.db = db;
        this.clock = clock;
        this.settingsService = settingsService;
        this.actor = actor;
        this.backups = new Backups(db.dataDir(), clock);
    }

    /** The backup files of this data folder: list, check, restore (restore needs the store closed first). */
    public Backups files() {
        return backups;
    }

    public BackupSettings settings() {
        return backups.settings();
    }

    /** Whether a backup is due: none made in the data folder within the last day. */
    public boolean due() {
        return backups.due();
    }

    public List<BackupInfo> list() {
        return backups.list();
    }

    /**
     * Saves the backup settings (システム管理者 only) to {@code backup.properties}, and records the change in the
     * change history as the settings {@code backup.folder} and {@code backup.generations}.
     */
    public void saveSettings(BackupSettings changed) {
        actor.get().require("error.notPermitted", Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        if (changed.generations() < 1 || changed.generations() > BackupSettings.MAX_GENERATIONS) {
            errors.add(new FieldError("GENERATIONS", "backup.settings.generations", "backup.validation.generations",
                    List.of(1, BackupSettings.MAX_GENERATIONS)));
        }
        if (changed.folder() != null && !Files.isDirectory(changed.folder())) {
            errors.add(new FieldError("FOLDER", "backup.settings.folder", "backup.validation.folderMissing",
                    List.of(changed.folderText())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        settingsService.recordBackupSettings(changed.folderText(), changed.generations(), () -> {
            try {
                changed.save(db.dataDir());
            } catch (IOException e) {
                throw new StoreException(StoreException.Reason.IO, db.dataDir().resolve(BackupSettings.FILE).toString(), e);
            }
        });
    }

    /**
     * Makes a backup in the data folder's {@code backups} folder and copies it to the chosen folder, then applies
     * the retention rule in both. A chosen folder that is missing (an unplugged USB drive), read-only or full does
     * not stop the local backup: the result says why the copy failed.
     *
     * @throws BackupException when the local backup cannot be written; nothing half-written is left
     */
    public BackupResult backUpNow(Progress progress) {
        synchronized (writing) {
            BackupSettings settings = backups.settings();
            Path local = backups.localFolder();
            try {
                Files.createDirectories(local);
            } catch (IOException e) {
                throw failure(local, e);
            }
            Path file = write(local, progress);
            List<Path> removed = new ArrayList<>(backups.prune(local, settings.generations()));
            Path copy = null;
            RuntimeException copyFailure = null;
            if (settings.folder() != null && !Backups.sameFolder(settings.folder(), local)) {
                try {
                    copy = copy(file, settings.folder());
                    removed.addAll(backups.prune(settings.folder(), settings.generations()));
                } catch (BackupException e) {
                    LOG.warn("the backup could not be copied to {}", settings.folder(), e);
                    copyFailure = e;
                }
            }
            progress.update(STEPS, STEPS);
            return new BackupResult(file, size(file), copy, copyFailure, removed);
        }
    }

    /**
     * Makes a backup in {@code folder} only ({@code daicho backup --to DIR}, for a scheduled task), then applies the
     * retention rule there. The folder must exist: a missing drive is reported, not made.
     *
     * @throws BackupException when the folder is missing, read-only or full; nothing half-written is left
     */
    public BackupResult backUpTo(Path folder, Progress progress) {
        synchronized (writing) {
            Path file = write(folder, progress);
            List<Path> removed = backups.prune(folder, backups.settings().generations());
            progress.update(STEPS, STEPS);
            return new BackupResult(file, size(file), null, null, removed);
        }
    }

    /** Writes one verified backup into {@code folder}. */
    private Path write(Path folder, Progress progress) {
        checkFolder(folder);
        Path work = null;
        Path partial = null;
        Path where = backups.localFolder();
        boolean done = false;
        try {
            Path workBase = backups.localFolder();
            Files.createDirectories(workBase);
            work = Files.createTempDirectory(workBase, ".work-");
            progress.update(0, STEPS);

            // 1. the snapshot, while the app keeps working
            Path h2Zip = work.resolve("h2-backup.zip");
            try {
                db.backupTo(h2Zip);
            } catch (StoreException e) {
                throw failure(workBase, e.getCause() != null ? e.getCause() : e);
            }
            progress.update(1, STEPS);

            // 2. the store out of H2's zip, hashed; then opened read-only for its counts (and that it is a store)
            Path snapshot = Files.createDirectories(work.resolve("snapshot"));
            Unpacked store = unpackH2(h2Zip, snapshot.resolve(Database.STORE_FILE));
            Files.delete(h2Zip);
            Snapshot counted = Database.readOnly(snapshot, db.key(), c -> new Snapshot(StoreCounts.count(c),
                    SettingsService.read(c).organisationName()));
            byte[] slots = Files.readAllBytes(db.dataDir().resolve(KeySlots.FILE));
            progress.update(2, STEPS);

            // 3. the backup file: manifest, key slots, store, written to a hidden .part and moved into place
            Instant now = clock.instant();
            Map<String, BackupManifest.Entry> entries = new LinkedHashMap<>();
            entries.put(Backups.STORE_ENTRY, new BackupManifest.Entry(store.size(), store.sha256()));
            entries.put(Backups.SLOTS_ENTRY, new BackupManifest.Entry(slots.length, Hashing.sha256Hex(slots)));
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, DaichoServices.VERSION, now,
                    counted.organisation(), counted.counts(), entries);
            where = folder;
            partial = Files.createTempFile(folder, Backups.PART_PREFIX, ".part");
            writeZip(partial, manifest, slots, snapshot.resolve(Database.STORE_FILE), store);
            Path target = Backups.newFile(folder, now, clock.getZone());
            Backups.move(partial, target);
            partial = null;
            where = workBase;
            progress.update(3, STEPS);

            // 4. read back: every hash, and the store inside opened read-only with the key, counts compared
            Path check = Files.createDirectories(work.resolve("check"));
            BackupCheck read = Backups.check(target, Map.of(Backups.STORE_ENTRY, check.resolve(Database.STORE_FILE)));
            Map<String, Long> countsInside = read.good()
                    ? Database.readOnly(check, db.key(), StoreCounts::count) : Map.of();
            if (!read.good() || !countsInside.equals(manifest.counts())) {
                Files.deleteIfExists(target);
                throw new BackupException("backup.error.verifyFailed", read.problem(), null, folder.toAbsolutePath());
            }
            progress.update(4, STEPS);
            done = true;
            LOG.info("backup written and checked: {} ({} bytes, counts {})", target, size(target), manifest.counts());
            return target;
        } catch (IOException e) {
            throw failure(where, e);
        } finally {
            deleteQuietly(partial);
            deleteTree(work);
            if (!done) {
                LOG.warn("backup to {} not made", folder);
            }
        }
    }

    private record Snapshot(Map<String, Long> counts, String organisation) {
    }

    private record Unpacked(long size, String sha256, long crc) {
    }

    /** Copies the store out of H2's backup zip into {@code target}, with its size, SHA-256 and CRC-32. */
    private static Unpacked unpackH2(Path h2Zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals(Database.STORE_FILE)) {
                    continue;
                }
                MessageDigest digest = Hashing.sha256();
                CRC32 crc = new CRC32();
                long size = 0;
                byte[] buffer = new byte[1 << 16];
                try (OutputStream out = Files.newOutputStream(target)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        digest.update(buffer, 0, read);
                        crc.update(buffer, 0, read);
                        out.write(buffer, 0, read);
                        size += read;
                    }
                }
                return new Unpacked(size, Hashing.hex(digest), crc.getValue());
            }
        }
        throw new IOException("H2 wrote no " + Database.STORE_FILE + " into " + h2Zip);
    }

    /**
     * The backup zip: the manifest first, then the key slots, then the store. The store is encrypted and does not
     * compress, so it is stored as it is; the file is forced to the disk before it is moved into place.
     */
    private static void writeZip(Path partial, BackupManifest manifest, byte[] slots, Path storeFile, Unpacked store)
            throws IOException {
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ZipOutputStream zip = new ZipOutputStream(Channels.newOutputStream(channel));
            zip.putNextEntry(new ZipEntry(BackupManifest.FILE));
            manifest.write(zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(Backups.SLOTS_ENTRY));
            zip.write(slots);
            zip.closeEntry();
            ZipEntry storeEntry = new ZipEntry(Backups.STORE_ENTRY);
            storeEntry.setMethod(ZipEntry.STORED);
            storeEntry.setSize(store.size());
            storeEntry.setCompressedSize(store.size());
            storeEntry.setCrc(store.crc());
            zip.putNextEntry(storeEntry);
            try (InputStream in = Files.newInputStream(storeFile)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            zip.finish();
            zip.flush();
            channel.force(true);
        }
    }

    /** Copies a checked backup into {@code folder} (.part, then moved) and checks the copy's hashes. */
    private Path copy(Path file, Path folder) {
        checkFolder(folder);
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, Backups.PART_PREFIX, ".part");
            try (InputStream in = Files.newInputStream(file);
                    FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(Channels.newOutputStream(channel));
                channel.force(true);
            }
            Path target = folder.resolve(file.getFileName());
            if (Files.exists(target)) {
                target = Backups.newFile(folder, clock.instant(), clock.getZone());
            }
            Backups.move(partial, target);
            partial = null;
            BackupCheck check = backups.verify(target);
            if (!check.good()) {
                Files.deleteIfExists(target);
                throw new BackupException("backup.error.verifyFailed", check.problem(), null, folder.toAbsolutePath());
            }
            return target;
        } catch (IOException e) {
            throw failure(folder, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** The folder must be there and be a folder: a missing drive is reported, never made. */
    private static void checkFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BackupException("backup.error.folderMissing", null, null, folder.toAbsolutePath());
        }
    }

    /** The plain reason a folder refused a backup: missing, read-only, full, or another disk error. */
    static BackupException failure(Path folder, Throwable e) {
        String where = folder.toAbsolutePath().toString();
        if (e instanceof NoSuchFileException) {
            return new BackupException("backup.error.folderMissing", null, e, where);
        }
        if (e instanceof AccessDeniedException) {
            return new BackupException("backup.error.readOnly", null, e, where);
        }
        String text = String.valueOf(e instanceof FileSystemException fs ? fs.getReason() : e.getMessage())
                .toLowerCase(Locale.ROOT);
        if (text.contains("no space") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("quota")) {
            return new BackupException("backup.error.diskFull", null, e, where);
        }
        if (text.contains("read-only") || text.contains("permission denied")) {
            return new BackupException("backup.error.readOnly", null, e, where);
        }
        return new BackupException("backup.error.write", null, e, where);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteTree(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            LOG.warn("could not remove the work folder {}", folder, e);
        }
    }

    /** Removes a leftover partial file; a failure is only logged (the next backup clears old .part files). */
    private static void deleteQuietly(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            LOG.warn("could not remove {}", partial, e);
        }
    }
}
