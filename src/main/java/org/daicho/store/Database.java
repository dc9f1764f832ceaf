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
import java.util.List;
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
        for (String name : new String[] {STORE_FILE, STORE_NAME + ".trace.db", KeySlots.FILE}) {
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
        Database db = connect(dataDir, key);
        try {
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
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

    private static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(STORE_NAME) + ";CIPHER=AES;DB_CLOSE_ON_EXIT=FALSE";
    }

    private static boolean hasStoreMarker(Path dataDir, StoreKey key) {
        try (Connection c = DriverManager.getConnection(url(dataDir) + ";ACCESS_MODE_DATA=r", DB_USER, key.h2Password())) {
            return hasStoreMarker(c);
        } catch (SQLException e) {
            throw translate(e, dataDir.toString());
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
            return rs.getInt(1) == 1;
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

    static StoreException translate(SQLException e, String where) {
        StoreException.Reason reason = switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> StoreException.Reason.IN_USE;
            // 90049 is both a wrong file key and a file cut short ("unable to recover a valid set of chunks")
            case ErrorCode.FILE_ENCRYPTION_ERROR_1 -> String.valueOf(e.getMessage()).contains("chunks")
                    ? StoreException.Reason.DAMAGED : StoreException.Reason.ENCRYPTION;
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> StoreException.Reason.DAMAGED;
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1,
                    ErrorCode.FILE_RENAME_FAILED_2, ErrorCode.FILE_DELETE_FAILED_1 -> StoreException.Reason.IO;
            default -> StoreException.Reason.UNEXPECTED;
        };
        return new StoreException(reason, where + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        // Closing the pool's last connection makes H2 write and close the file (DB_CLOSE_DELAY=0).
        pool.dispose();
    }
}
