package org.daicho.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many records of each kind a store holds: written into a backup's manifest, and compared with the store
 * inside the backup when it is checked after writing.
 */
public final class StoreCounts {

    /** The tables counted, by the name the manifest gives them. */
    private static final List<String[]> TABLES = List.of(
            new String[] {"assets", "asset"},
            new String[] {"staff", "staff"},
            new String[] {"sections", "section"},
            new String[] {"accounts", "account"},
            new String[] {"carryRecords", "carry_record"},
            new String[] {"disposalRecords", "disposal_record"},
            new String[] {"evidenceFiles", "disposal_evidence"},
            new String[] {"trainingSessions", "training_session"},
            new String[] {"historyEntries", "history_entry"});

    private StoreCounts() {
    }

    /** The counts, in a fixed order. */
    public static Map<String, Long> count(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String[] table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table[1])) {
                    rs.next();
                    counts.put(table[0], rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
