package org.daicho.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 store in a data folder: opened, migrated by Flyway, and the only place that hands out
 * connections. Every piece of work runs in one transaction: it commits whole or not at all.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String STORE_NAME = "daicho";
    public static final String STORE_FILE = STORE_NAME + ".mv.db";

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final StoreKey key;

    private Database(Path dataDir, JdbcConnectionPool pool, StoreKey key) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.key = key;
    }

    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(STORE_FILE));
    }

    /**
     * Makes a new, empty store in {@code dataDir} (created if missing), encrypted with {@code key}
     * (policy 2.4.4⑤). Refuses if a store is already there.
     */
    public static Database create(Path dataDir, String appVersion, StoreKey key) {
        if (exists(dataDir)) {
            throw new StoreException(StoreException.Reason.ALREADY_EXISTS, dataDir.toString());
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, dataDir.toString(), e);
        }
        Database db = connect(dataDir, key);
        try {
            db.migrate();
            db.inTransaction(c -> {
                try (var insert = c.prepareStatement(
                        "INSERT INTO store_info (id, created_at, created_by_version) VALUES (1, ?, ?)")) {
                    insert.setTimestamp(1, Timestamp.from(Instant.now()));
                    insert.setString(2, appVersion);
                    insert.executeUpdate();
                }
                return null;
            });
            return db;
        } catch (RuntimeException e) {
            // A store that could not be made whole is removed, so the next start asks again instead of
            // finding a half-made store.
            db.close();
            deleteStoreFiles(dataDir);
            throw e;
        }
    }

    private static void deleteStoreFiles(Path dataDir) {
        for (String name : new String[] {STORE_FILE, STORE_NAME + ".trace.db", KeySlots.FILE, COMPACTED_SIZE_FILE}) {
            try {
                Files.deleteIfExists(dataDir.resolve(name));
            } catch (IOException e) {
                LOG.warn("could not remove the half-made store file {}", name, e);
            }
        }
    }

    /**
     * Opens the store in {@code dataDir} and brings its schema up to date.
     *
     * <p>A damaged store must be left exactly as found, for inspection and restore. H2 opens a store file cut
     * to a few KiB, or emptied, as a new empty database and writes a fresh store into it (toolchain.md), so
     * the file is first checked by size and header, then opened read-only to find the Daicho marker; only
     * then is it opened for writing and migrated.
     */
    public static Database open(Path dataDir, StoreKey key) {
        if (!exists(dataDir)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, dataDir.toString());
        }
        long start = System.nanoTime();
        checkLooksLikeStore(dataDir.resolve(STORE_FILE));
        try {
            if (!hasStoreMarker(dataDir, key)) {
                throw new StoreException(StoreException.Reason.DAMAGED,
                        "no Daicho schema in " + dataDir.resolve(STORE_FILE));
            }
        } catch (StoreException e) {
            // an existing, readable file that H2 cannot read is damaged, not a disk or permission problem
            if (e.reason() == StoreException.Reason.IO && Files.isReadable(dataDir.resolve(STORE_FILE))) {
                throw new StoreException(StoreException.Reason.DAMAGED, e.getMessage(), e);
            }
            throw e;
        }
        long checked = System.nanoTime();
        Database db = connect(dataDir, key);
        try {
            long opened = System.nanoTime();
            db.migrate();
            LOG.debug("store opened in {} ms (checks {} ms, open {} ms, migrations {} ms)",
                    (System.nanoTime() - start) / 1_000_000, (checked - start) / 1_000_000,
                    (opened - checked) / 1_000_000, (System.nanoTime() - opened) / 1_000_000);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * The check of {@link #open} that needs no key: the store file is there, big enough and starts with a store
     * header. Run at start-up, so that a file cut short is reported before anyone types a password.
     *
     * @throws StoreException DAMAGED when it does not look like a store
     */
    public static void checkFile(Path dataDir) {
        checkLooksLikeStore(dataDir.resolve(STORE_FILE));
    }

    /** The smallest store H2 writes is three 4 KiB blocks, and every store file starts with its header. */
    private static final int MIN_STORE_SIZE = 3 * 4096;
    private static final List<String> STORE_HEADERS = List.of("H:2,", "H2encrypt");

    private static void checkLooksLikeStore(Path file) {
        try {
            long size = Files.size(file);
            byte[] start = new byte[16];
            int read;
            try (var in = Files.newInputStream(file)) {
                read = in.readNBytes(start, 0, start.length);
            }
            String header = new String(start, 0, read, StandardCharsets.ISO_8859_1);
            if (size < MIN_STORE_SIZE || STORE_HEADERS.stream().noneMatch(header::startsWith)) {
                throw new StoreException(StoreException.Reason.DAMAGED,
                        file + " is " + size + " bytes and does not look like a store");
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, file.toString(), e);
        }
    }

    /**
     * {@code WRITE_DELAY=0}: H2 writes a commit to the file before {@code commit()} returns. Its default (500 ms)
     * leaves committed work in memory for up to half a second, so a PC losing power or a killed app lost records
     * the clerk had seen saved (attendance marks in the demo; the kill test lost an acknowledged commit on its
     * first kill). Policy 2.3(1) 完全性2: a record once saved is not lost. Cost: see docs/decisions/0013.
     *
     * <p>{@code REUSE_SPACE=FALSE}: every commit is written at the end of the file. H2 2.5.252 writes a commit into
     * free space inside the file when there is some, and then rewrites the store header naming the commit before
     * it; the open after a kill did not find such commits, though they were in the file (KillTest: 10 kills in 300;
     * CommitInFileAfterKillTest shows it in seconds). Without reusing space the file only grows, so {@link #close}
     * rewrites it compactly once it has doubled (docs/decisions/0013).
     */
    private static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(STORE_NAME)
                + ";CIPHER=AES;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
    }

    private static boolean hasStoreMarker(Path dataDir, StoreKey key) {
        try (Connection c = DriverManager.getConnection(url(dataDir) + ";ACCESS_MODE_DATA=r", DB_USER, key.h2Password())) {
            boolean marked = hasStoreMarker(c);
            if (marked && estimatedRows(c) <= FULL_READ_AT_OPEN_LIMIT) {
                readEveryRow(c);
            }
            return marked;
        } catch (SQLException e) {
            StoreException translated = translate(e, dataDir.toString());
            // read-only, with the key: anything but a lock, a wrong key or the disk is a file H2 cannot read
            throw translated.reason() == StoreException.Reason.UNEXPECTED
                    ? new StoreException(StoreException.Reason.DAMAGED, translated.getMessage(), e) : translated;
        }
    }

    /**
     * Reads every row of every table once, before anything is written. H2 opens a store whose bytes were changed
     * (a bad sector, a bit flip) without complaint and fails only when the damaged page is read, perhaps days later
     * in the middle of the clerk's work; reading everything at open finds it first, while the file is still as it
     * was found. Large values (stored files) are not read here: {@code daicho verify} checks them against their
     * SHA-256. About 100–300 ms on the demo store (docs/decisions/0013).
     */
    /**
     * Above this many rows the full read moves off the start: at 3–6 s per million rows under AES (toolchain.md) it
     * would keep a ten-year store from showing its home screen in 2 s. A big store is still read whole, in the
     * background, by every backup's check of its snapshot ({@link #readOnly}) and by {@code daicho verify}.
     */
    static final long FULL_READ_AT_OPEN_LIMIT = 200_000;

    private static long estimatedRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(ROW_COUNT_ESTIMATE), 0)"
                + " FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void readEveryRow(Connection c) throws SQLException {
        List<String> tables = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        }
    }

    private static final String DB_USER = "daicho";

    private static Database connect(Path dataDir, StoreKey key) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dataDir), DB_USER, key.h2Password());
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            LOG.debug("opened store {}", probe.getMetaData().getURL());
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, dataDir.toString());
        }
        return new Database(dataDir, pool, key);
    }

    private static boolean hasStoreMarker(Connection c) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, null, "STORE_INFO", null)) {
            if (!tables.next()) {
                return false;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM store_info")) {
            rs.next();
            if (rs.getInt(1) != 1) {
                return false;
            }
        }
        checkEveryTableIsThere(c);
        return true;
    }

    /**
     * The tables each migration makes (DatabaseTest keeps this in step with db/migration). A changed byte in H2's
     * schema record can make a table vanish while the rest opens; a read-write open would then change the file and
     * fail later with "table not found" (docs/decisions/0013). Read-only, before that, it is DAMAGED.
     */
    static final Map<Integer, List<String>> TABLES_BY_MIGRATION = Map.of(
            1, List.of("STORE_INFO", "SETTING", "SECTION", "STAFF", "ASSET"),
            2, List.of("ACCOUNT", "PASSWORD_HISTORY"),
            3, List.of("HISTORY_ENTRY", "HISTORY_HEAD"),
            4, List.of("CARRY_RECORD", "CARRY_ASSET"),
            5, List.of("DISPOSAL_RECORD", "DISPOSAL_ASSET", "DISPOSAL_EVIDENCE"),
            6, List.of("TRAINING_SESSION", "ATTENDANCE"));

    private static void checkEveryTableIsThere(Connection c) throws SQLException {
        Set<String> present = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT UPPER(TABLE_NAME) FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        Set<String> expected = new HashSet<>(TABLES_BY_MIGRATION.get(1));
        if (present.contains("FLYWAY_SCHEMA_HISTORY")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    if (version.matches("\\d+")) {
                        expected.addAll(TABLES_BY_MIGRATION.getOrDefault(Integer.parseInt(version), List.of()));
                    }
                }
            }
        }
        expected.removeAll(present);
        if (!expected.isEmpty()) {
            throw new StoreException(StoreException.Reason.DAMAGED, "tables missing from the store: " + expected);
        }
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(StoreException.Reason.UNEXPECTED, "migration failed", e);
        }
    }

    /**
     * Closes a store made moments ago by {@link #create} and removes its files: used when setting it up
     * failed, so that no half-made store is left for the next start to trip on.
     */
    public void discardNew() {
        close();
        deleteStoreFiles(dataDir);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The key this store is open with, to wrap it for a new account's slot. */
    public StoreKey key() {
        return key;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e, dataDir.toString());
        }
    }

    /** Runs read-only {@code work}. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setReadOnly(true);
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e, dataDir.toString());
        }
    }

    /**
     * Runs read-only {@code work} that streams large results (the audit book, exports). H2 otherwise first copies a
     * query's whole result into memory, and into a temporary file past a row limit, before handing out the first
     * row: a year's audit book then spent 18 s of 80 in garbage collection at -Xmx256m, and once ran for over ten
     * minutes thrashing (issue 7). With LAZY_QUERY_EXECUTION each row is read as it is asked for. An H2 session
     * setting, set back before the connection returns to the pool; PostgreSQL streams with a fetch size instead.
     */
    public <T> T readStreaming(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setReadOnly(true);
            setLazyQueryExecution(c, true);
            try {
                return work.run(c);
            } finally {
                setLazyQueryExecution(c, false);
            }
        } catch (SQLException e) {
            throw translate(e, dataDir.toString());
        }
    }

    private static void setLazyQueryExecution(Connection c, boolean lazy) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
        }
    }

    /**
     * Writes a consistent copy of the open store to the zip file {@code zip} with H2's {@code BACKUP TO}, while
     * others keep working; the data in it stays encrypted with the store key (toolchain.md, H2).
     */
    public void backupTo(Path zip) {
        String target = zip.toAbsolutePath().toString().replace("'", "''");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + target + "'");
        } catch (SQLException e) {
            throw translate(e, zip.toString());
        }
    }

    /**
     * Opens the store in {@code dataDir} read-only (nothing written, nothing migrated), checks that it is a
     * Daicho store and runs {@code work} on it: used to check the store inside a backup.
     */
    public static <T> T readOnly(Path dataDir, StoreKey key, SqlWork<T> work) {
        checkLooksLikeStore(dataDir.resolve(STORE_FILE));
        try (Connection c = DriverManager.getConnection(url(dataDir) + ";ACCESS_MODE_DATA=r", DB_USER, key.h2Password())) {
            if (!hasStoreMarker(c)) {
                throw new StoreException(StoreException.Reason.DAMAGED, "no Daicho schema in " + dataDir.resolve(STORE_FILE));
            }
            readEveryRow(c);
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e, dataDir.toString());
        }
    }

    /**
     * Whether the store in {@code dataDir} is open, by another Daicho (H2's file lock, 90020) or in this process
     * (28000: H2 hands out the open database and refuses the probe's key). The probe opens read-only with a key
     * that cannot be right, so it never reads or writes the data.
     */
    public static boolean inUse(Path dataDir) {
        if (!exists(dataDir)) {
            return false;
        }
        String probeKey = "0".repeat(32) + " " + "0".repeat(32);
        try (Connection ignored = DriverManager.getConnection(url(dataDir) + ";ACCESS_MODE_DATA=r", DB_USER, probeKey)) {
            return false; // cannot happen with a Daicho store; whatever it is, it is not in use
        } catch (SQLException e) {
            return e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD;
        }
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.IO_EXCEPTION_1
                    || sql.getErrorCode() == ErrorCode.IO_EXCEPTION_2)) {
                return true;
            }
        }
        return false;
    }

    static StoreException translate(SQLException e, String where) {
        StoreException.Reason reason = switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> StoreException.Reason.IN_USE;
            // 90049 is both a wrong file key and a file cut short ("unable to recover a valid set of chunks")
            case ErrorCode.FILE_ENCRYPTION_ERROR_1 -> String.valueOf(e.getMessage()).contains("chunks")
                    ? StoreException.Reason.DAMAGED : StoreException.Reason.ENCRYPTION;
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> StoreException.Reason.DAMAGED;
            // a page that no longer decodes: "File corrupted while reading record", "Chunk … not found"
            case ErrorCode.GENERAL_ERROR_1 -> String.valueOf(e.getMessage()).contains("MVStoreException")
                    ? StoreException.Reason.DAMAGED : StoreException.Reason.UNEXPECTED;
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1,
                    ErrorCode.FILE_RENAME_FAILED_2, ErrorCode.FILE_DELETE_FAILED_1 -> StoreException.Reason.IO;
            // a write that fails (a full disk) makes H2 close the store at once: the commit is not made, and the
            // next start finds the last commit whole (DiskFullTest)
            case ErrorCode.DATABASE_IS_CLOSED -> causedByIo(e) ? StoreException.Reason.IO : StoreException.Reason.UNEXPECTED;
            default -> StoreException.Reason.UNEXPECTED;
        };
        return new StoreException(reason, where + ": " + e.getMessage(), e);
    }

    @Override
    /**
     * Closes the store. Closing the pool's last connection makes H2 write and close the file (DB_CLOSE_DELAY=0).
     * Commits are only ever appended ({@link #url}: about 13 KB each), so once the file has grown to more than twice
     * its size after the last rewrite, and by at least {@link #REWRITE_AFTER_GROWTH}, H2 rewrites it compactly
     * ({@code SHUTDOWN DEFRAG}) as it closes: a small store in a fraction of a second, rarely, and a ten-year store
     * (500 MB) only after as much again was written. The size after the last rewrite is kept beside the store in
     * {@value #COMPACTED_SIZE_FILE}; the first close only notes it.
     */
    public void close() {
        close(rewriteDue(sizeOf(dataDir.resolve(STORE_FILE)), compactedSize()));
    }

    /** Whether a store file of {@code size} bytes, {@code compacted} after its last rewrite (≤ 0: unknown), is rewritten. */
    static boolean rewriteDue(long size, long compacted) {
        return compacted > 0 && size > Math.max(2 * compacted, compacted + REWRITE_AFTER_GROWTH);
    }

    /** Closes, rewriting the file compactly first when {@code rewrite}. */
    void close(boolean rewrite) {
        Path file = dataDir.resolve(STORE_FILE);
        long compacted = compactedSize();
        long size = sizeOf(file);
        if (rewrite) {
            long start = System.nanoTime();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN DEFRAG");
            } catch (SQLException e) {
                LOG.warn("the store could not be rewritten compactly; it is closed as it is", e);
            }
            pool.dispose();
            LOG.info("store rewritten compactly at close in {} ms: {} KiB, {} KiB after the last rewrite, now {} KiB",
                    (System.nanoTime() - start) / 1_000_000, size >> 10, compacted >> 10, sizeOf(file) >> 10);
        } else {
            pool.dispose();
        }
        if (rewrite || compacted <= 0) {
            noteCompactedSize(sizeOf(file));
        }
    }

    /** Beside the store: its file size after the last compact rewrite, in bytes (see {@link #close}). */
    static final String COMPACTED_SIZE_FILE = STORE_NAME + ".compacted-size";
    /** The least growth that makes a close rewrite the store: a small store is not rewritten every few days. */
    static final long REWRITE_AFTER_GROWTH = 64L << 20;

    private long compactedSize() {
        try {
            return Long.parseLong(Files.readString(dataDir.resolve(COMPACTED_SIZE_FILE)).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private void noteCompactedSize(long size) {
        if (size <= 0) {
            return;
        }
        try {
            Files.writeString(dataDir.resolve(COMPACTED_SIZE_FILE), Long.toString(size));
        } catch (IOException e) {
            LOG.warn("could not note the store's size in {}", dataDir, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
