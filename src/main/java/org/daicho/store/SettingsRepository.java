package org.daicho.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Name → value settings (organisation name, approval titles, date style, 管理番号 prefixes). */
public final class SettingsRepository {

    public Map<String, String> findAll(Connection c) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_name, setting_value FROM setting ORDER BY setting_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        return values;
    }

    public void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE setting SET setting_value = ? WHERE setting_name = ?")) {
            update.setString(1, value);
            update.setString(2, name);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO setting (setting_name, setting_value) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }
}
