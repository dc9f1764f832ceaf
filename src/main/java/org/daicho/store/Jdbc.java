package org.daicho.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Small JDBC conversions shared by the repositories. */
final class Jdbc {

    private Jdbc() {
    }

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    static Long getLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static void setTime(PreparedStatement ps, int index, java.time.LocalDateTime time) throws SQLException {
        if (time == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setObject(index, time);
        }
    }

    static java.time.LocalDateTime getTime(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, java.time.LocalDateTime.class);
    }

    /**
     * Locks one row for the rest of the transaction (two windows acting on the same record at once).
     * {@code table} is a constant of the calling repository, never user text.
     *
     * @return whether the row exists
     */
    static boolean lockRow(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key");
            }
            return keys.getLong(1);
        }
    }
}
