package org.daicho.testing;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.daicho.store.Database;
import org.daicho.store.KeySlots;
import org.daicho.store.Secrets;
import org.daicho.store.StoreKey;

/**
 * Plain JDBC on a closed test store, as someone with the file and the key would change it outside the app:
 * what the change history must detect.
 */
public final class RawStore {

    private RawStore() {
    }

    /** The store's key, opened from the test administrator's key slot. */
    public static StoreKey key(Path dataDir) {
        try {
            return KeySlots.load(dataDir).open(TestStores.ADMIN, TestStores.PASSWORD.toCharArray());
        } catch (Secrets.WrongSecretException e) {
            throw new AssertionError("the test administrator's password does not open the store", e);
        }
    }

    /** Runs statements in one transaction on a store that no app has open; returns the update counts. */
    public static List<Integer> execute(Path dataDir, String... sql) {
        try (Database db = Database.open(dataDir, key(dataDir))) {
            return db.inTransaction(c -> {
                List<Integer> counts = new ArrayList<>();
                try (Statement statement = c.createStatement()) {
                    for (String one : sql) {
                        counts.add(statement.executeUpdate(one));
                    }
                }
                return counts;
            });
        }
    }

    /** The rows of a query, each as its columns' text. */
    public static List<List<String>> query(Path dataDir, String sql) {
        try (Database db = Database.open(dataDir, key(dataDir))) {
            return db.read(c -> {
                List<List<String>> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(rs.getString(i));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            });
        }
    }
}
