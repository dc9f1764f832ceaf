package org.daicho.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.daicho.store.Database;
import org.daicho.store.KeySlots;
import org.daicho.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backup files of one data folder, usable without an open store (the start-up offer to restore runs when the
 * store cannot be opened): which backups there are and whether they check out, the retention rule, and restore.
 * Making a backup needs the open store: {@link BackupService}.
 *
 * <p>A backup is one zip file, {@code daicho-backup-yyyyMMdd-HHmmss.zip} (sorting by name sorts by time), holding
 * the H2 store as {@code BACKUP TO} wrote it (still encrypted with the store key), a copy of
 * {@code keyslots.properties} (without it the store cannot be opened) and {@code manifest.properties} with the
 * SHA-256 of both (docs/decisions/0011).
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    /** The data folder's own backup folder; every backup goes here, and to the chosen folder when one is set. */
    public static final String FOLDER = "backups";
    /** Where a restore moves the store it replaces: {@code set-aside/<time>/}. */
    public static final String SET_ASIDE = "set-aside";
    static final String STORE_ENTRY = Database.STORE_FILE;
    static final String SLOTS_ENTRY = KeySlots.FILE;
    /** The store's files a restore replaces (and sets aside first). */
    static final List<String> STORE_FILES = List.of(Database.STORE_FILE, Database.STORE_NAME + ".trace.db", KeySlots.FILE);
    /** How many months back one backup a month is kept (this month and the eleven before it). */
    static final int MONTHS_KEPT = 12;
    static final String PART_PREFIX = ".daicho-backup-";

    private static final Pattern NAME = Pattern.compile("daicho-backup-(\\d{8}-\\d{6})(?:-(\\d+))?\\.zip");
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Checks of unchanged files (same path, size and time) are not repeated while the app runs. */
    private static final Map<String, BackupCheck> CHECKED = new ConcurrentHashMap<>();

    private final Path dataDir;
    private final Clock clock;

    public Backups(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** {@code <data folder>/backups}. */
    public Path localFolder() {
        return dataDir.resolve(FOLDER);
    }

    /** The backup settings ({@code backup.properties}), readable without the store. */
    public BackupSettings settings() {
        return BackupSettings.load(dataDir);
    }

    /** The folders backups are looked for in: the local one, and the chosen one when set. */
    public List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        folders.add(localFolder());
        Path chosen = settings().folder();
        if (chosen != null && !sameFolder(chosen, localFolder())) {
            folders.add(chosen);
        }
        return folders;
    }

    /** Every backup in the local and the chosen folder, newest first, each checked (manifest and SHA-256). */
    public List<BackupInfo> list() {
        List<BackupInfo> all = new ArrayList<>();
        for (Path folder : folders()) {
            for (Path file : backupFiles(folder)) {
                all.add(info(file, checkCached(file)));
            }
        }
        all.sort(NEWEST_FIRST);
        return all;
    }

    /** The newest backup (local or chosen folder) whose manifest and hashes check out. */
    public Optional<BackupInfo> newestGood() {
        List<Dated> candidates = new ArrayList<>();
        for (Path folder : folders()) {
            for (Path file : backupFiles(folder)) {
                candidates.add(new Dated(file, quickCreatedAt(file)));
            }
        }
        candidates.sort(Comparator.comparing(Dated::createdAt).reversed());
        for (Dated candidate : candidates) {
            BackupCheck check = checkCached(candidate.file());
            if (check.good()) {
                return Optional.of(info(candidate.file(), check));
            }
        }
        return Optional.empty();
    }

    /** Whether a backup is due: no local backup made within the last day (the window asks every hour). */
    public boolean due() {
        Instant newest = backupFiles(localFolder()).stream().map(Backups::quickCreatedAt).max(Comparator.naturalOrder())
                .orElse(Instant.MIN);
        return !newest.plus(Duration.ofDays(1)).isAfter(clock.instant());
    }

    /** Checks {@code backupFile}: its manifest, and the size and SHA-256 of every entry. No key is needed. */
    public BackupCheck verify(Path backupFile) {
        BackupCheck check = check(backupFile, null);
        remember(backupFile, check);
        return check;
    }

    /**
     * Restores {@code backupFile} into the data folder. The store must be closed (the window closes its services
     * first; the command line has none open): a store in use by a running Daicho is refused. The backup is checked
     * first and refused if anything is wrong, leaving the current store as it is. The current store's files are
     * moved (never overwritten, never deleted) to {@code set-aside/<time>/}; then the backup's store and key slots
     * are put in place. The restored store opens with the accounts' passwords as they were when the backup was made.
     *
     * @throws BackupException for a bad backup, or when the data folder cannot be written
     * @throws StoreException  IN_USE when a running Daicho has the store open
     */
    public RestoreResult restore(Path backupFile) {
        try {
            Files.createDirectories(dataDir);
            Path storeTemp = Files.createTempFile(dataDir, ".restore-", ".part");
            Path slotsTemp = Files.createTempFile(dataDir, ".restore-", ".part");
            try {
                // checked while it is unpacked beside the store: what is put in place is exactly what was checked
                BackupCheck check = unpack(backupFile, storeTemp, slotsTemp);
                remember(backupFile, check);
                if (!check.good()) {
                    throw new BackupException("backup.error.restoreBad", check.problem(), null,
                            backupFile.toAbsolutePath());
                }
                if (Database.inUse(dataDir)) {
                    throw new StoreException(StoreException.Reason.IN_USE, dataDir.toString());
                }
                Path aside = setAside(backupFile);
                List<Path> placed = new ArrayList<>();
                try {
                    placed.add(move(storeTemp, dataDir.resolve(Database.STORE_FILE)));
                    placed.add(move(slotsTemp, dataDir.resolve(KeySlots.FILE)));
                } catch (IOException e) {
                    putBack(aside, placed);
                    throw e;
                }
                LOG.info("restored {} into {}; the store found there was set aside in {}", backupFile, dataDir, aside);
                return new RestoreResult(backupFile.toAbsolutePath(), aside);
            } finally {
                Files.deleteIfExists(storeTemp);
                Files.deleteIfExists(slotsTemp);
            }
        } catch (IOException e) {
            throw new BackupException("backup.error.restoreWrite", null, e, dataDir.toAbsolutePath());
        }
    }

    /** Writes the store and key slots of a backup to the two files, checking their hashes again on the way. */
    private static BackupCheck unpack(Path backupFile, Path store, Path slots) {
        BackupCheck check = check(backupFile, Map.of(STORE_ENTRY, store, SLOTS_ENTRY, slots));
        if (check.good()) {
            try {
                sync(store);
                sync(slots);
            } catch (IOException e) {
                throw new BackupException("backup.error.restoreWrite", null, e, store.getParent());
            }
        }
        return check;
    }

    /** Moves the store's files to a new {@code set-aside/<time>} folder; null when there is none to move. */
    private Path setAside(Path backupFile) throws IOException {
        List<String> present = STORE_FILES.stream().filter(name -> Files.exists(dataDir.resolve(name))).toList();
        if (present.isEmpty()) {
            return null;
        }
        String time = NAME_TIME.format(LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
        Path folder = unique(dataDir.resolve(SET_ASIDE), time, "");
        Files.createDirectories(folder);
        List<String> moved = new ArrayList<>();
        try {
            for (String name : present) {
                Files.move(dataDir.resolve(name), folder.resolve(name));
                moved.add(name);
            }
        } catch (IOException e) {
            for (String name : moved) {
                Files.move(folder.resolve(name), dataDir.resolve(name));
            }
            throw e;
        }
        Properties note = new Properties();
        note.setProperty("reason", "restore");
        note.setProperty("setAsideAt", clock.instant().toString());
        note.setProperty("restoredFrom", backupFile.toAbsolutePath().toString());
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(folder.resolve("set-aside.properties")),
                StandardCharsets.UTF_8)) {
            note.store(out, "The store that was in the data folder before a restore. Kept for inspection.");
        }
        return folder;
    }

    /** Undoes a failed restore: the files put in place are removed and the set-aside ones moved back. */
    private void putBack(Path aside, List<Path> placed) {
        try {
            for (Path file : placed) {
                Files.deleteIfExists(file);
            }
            if (aside != null) {
                for (String name : STORE_FILES) {
                    if (Files.exists(aside.resolve(name))) {
                        Files.move(aside.resolve(name), dataDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            LOG.error("could not put the set-aside store back from {}", aside, e);
        }
    }

    // ---- retention ---------------------------------------------------------------------------------------

    /**
     * Applies the retention rule in {@code folder}: the newest {@code keep} backups stay, and the newest backup of
     * each of the last twelve months (this month included); the other Daicho backups are deleted. Only files named
     * as Daicho backups whose manifest reads are touched; anything else in the folder is left alone.
     *
     * @return the files deleted
     */
    public List<Path> prune(Path folder, int keep) {
        List<Dated> backups = new ArrayList<>();
        for (Path file : backupFiles(folder)) {
            readManifest(file).ifPresent(manifest -> backups.add(new Dated(file, manifest.createdAt())));
        }
        backups.sort(Comparator.comparing(Dated::createdAt).reversed().thenComparing(d -> d.file().getFileName().toString(),
                Comparator.reverseOrder()));
        Set<Path> kept = new HashSet<>();
        for (int i = 0; i < Math.min(keep, backups.size()); i++) {
            kept.add(backups.get(i).file());
        }
        YearMonth thisMonth = YearMonth.now(clock);
        YearMonth firstMonth = thisMonth.minusMonths(MONTHS_KEPT - 1L);
        Map<YearMonth, Path> monthly = new LinkedHashMap<>();
        for (Dated backup : backups) {
            YearMonth month = YearMonth.from(backup.createdAt().atZone(clock.getZone()));
            if (!month.isBefore(firstMonth) && !month.isAfter(thisMonth)) {
                monthly.putIfAbsent(month, backup.file());
            }
        }
        kept.addAll(monthly.values());
        List<Path> deleted = new ArrayList<>();
        for (Dated backup : backups) {
            if (!kept.contains(backup.file())) {
                try {
                    Files.deleteIfExists(backup.file());
                    deleted.add(backup.file());
                } catch (IOException e) {
                    LOG.warn("could not delete the old backup {}", backup.file(), e);
                }
            }
        }
        removeLeftovers(folder);
        return deleted;
    }

    /** Half-written backups of a run that was cut off (power loss): hidden .part files over an hour old. */
    private static void removeLeftovers(Path folder) {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PART_PREFIX + "*.part")) {
            for (Path file : files) {
                FileTime modified = Files.getLastModifiedTime(file);
                if (modified.toInstant().isBefore(hourAgo)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.debug("could not tidy {}", folder, e);
        }
    }

    // ---- names and reading ----------------------------------------------------------------------------------

    /** A new backup's file in {@code folder}, named by the time: {@code daicho-backup-20261124-153000.zip}. */
    static Path newFile(Path folder, Instant at, ZoneId zone) {
        return unique(folder, "daicho-backup-" + NAME_TIME.format(LocalDateTime.ofInstant(at, zone)), ".zip");
    }

    private static Path unique(Path folder, String base, String extension) {
        Path candidate = folder.resolve(base + extension);
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = folder.resolve(base + "-" + i + extension);
        }
        return candidate;
    }

    /** Whether {@code file} is named as a Daicho backup. */
    public static boolean isBackupName(Path file) {
        return NAME.matcher(file.getFileName().toString()).matches();
    }

    /** The files named as Daicho backups in {@code folder} (none when the folder is missing or unreadable). */
    static List<Path> backupFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "daicho-backup-*.zip")) {
            for (Path file : entries) {
                if (isBackupName(file) && Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not list the backups in {}", folder, e);
        }
        return files;
    }

    /** The manifest of {@code file}, without checking the rest; empty when it cannot be read. */
    static Optional<BackupManifest> readManifest(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(BackupManifest.FILE);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(BackupManifest.read(in));
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** When a backup was made: from its manifest, else from its name, else its file time. */
    private static Instant quickCreatedAt(Path file) {
        return readManifest(file).map(BackupManifest::createdAt).orElseGet(() -> timeFromName(file));
    }

    private static Instant timeFromName(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (m.matches()) {
            try {
                return LocalDateTime.parse(m.group(1), NAME_TIME).atZone(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException e) {
                // fall through to the file's time
            }
        }
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static BackupInfo info(Path file, BackupCheck check) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        BackupManifest manifest = check.manifest();
        return new BackupInfo(file.toAbsolutePath(), manifest != null ? manifest.createdAt() : timeFromName(file), size,
                manifest != null ? manifest.appVersion() : "", check.good(), check.problem());
    }

    private static final Comparator<BackupInfo> NEWEST_FIRST = Comparator.comparing(BackupInfo::createdAt)
            .thenComparing(info -> info.file().getFileName().toString()).reversed();

    private record Dated(Path file, Instant createdAt) {
    }

    private static BackupCheck checkCached(Path file) {
        String key = cacheKey(file);
        BackupCheck known = key == null ? null : CHECKED.get(key);
        if (known != null) {
            return known;
        }
        BackupCheck check = check(file, null);
        remember(file, check);
        return check;
    }

    private static void remember(Path file, BackupCheck check) {
        String key = cacheKey(file);
        if (key != null) {
            CHECKED.put(key, check);
        }
    }

    private static String cacheKey(Path file) {
        try {
            return file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Reads the whole backup: the manifest, then every entry, hashed; an entry named in {@code copies} is also
     * written to the file given for it. Good only when every entry the manifest names is there with its size and
     * SHA-256, the store and the key slots are among them, and there is nothing else.
     */
    static BackupCheck check(Path file, Map<String, Path> copies) {
        if (!Files.isRegularFile(file)) {
            return BackupCheck.bad(file, "backup.problem.missing", null);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(BackupManifest.FILE);
            if (manifestEntry == null) {
                return BackupCheck.bad(file, "backup.problem.noManifest", null);
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = BackupManifest.read(in);
            } catch (IllegalArgumentException e) {
                return BackupCheck.bad(file, "backup.problem.noManifest", null);
            }
            if (manifest.format() > BackupManifest.FORMAT) {
                return BackupCheck.bad(file, "backup.problem.newerFormat", manifest);
            }
            if (!manifest.entries().containsKey(STORE_ENTRY) || !manifest.entries().containsKey(SLOTS_ENTRY)) {
                return BackupCheck.bad(file, "backup.problem.incomplete", manifest);
            }
            Set<String> seen = new HashSet<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.equals(BackupManifest.FILE)) {
                    continue;
                }
                BackupManifest.Entry expected = manifest.entries().get(name);
                if (expected == null || !seen.add(name)) {
                    return BackupCheck.bad(file, "backup.problem.changed", manifest);
                }
                Path copy = copies == null ? null : copies.get(name);
                if (!matches(zip, entry, expected, copy)) {
                    return BackupCheck.bad(file, "backup.problem.changed", manifest);
                }
            }
            if (!seen.equals(manifest.entries().keySet())) {
                return BackupCheck.bad(file, "backup.problem.incomplete", manifest);
            }
            return BackupCheck.good(file, manifest);
        } catch (IOException e) {
            // not a zip, cut short, or a byte changed where the zip's own structure is
            LOG.debug("backup {} unreadable", file, e);
            return BackupCheck.bad(file, "backup.problem.unreadable", null);
        }
    }

    private static boolean matches(ZipFile zip, ZipEntry entry, BackupManifest.Entry expected, Path copy)
            throws IOException {
        MessageDigest digest = Hashing.sha256();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry);
                OutputStream out = copy == null ? OutputStream.nullOutputStream() : Files.newOutputStream(copy)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
                size += read;
            }
        }
        return size == expected.size() && Hashing.hex(digest).equals(expected.sha256());
    }

    // ---- files ---------------------------------------------------------------------------------------------

    static Path move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    /** Makes sure the file's bytes are on the disk, not only in the OS's cache (a power cut right after). */
    static void sync(Path file) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** A size as people read it: "850 KB", "12.3 MB", "1.20 GB". */
    public static String sizeText(long bytes) {
        if (bytes < 0) {
            return "-";
        }
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(java.util.Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }

    static boolean sameFolder(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
