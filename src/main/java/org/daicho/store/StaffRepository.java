package org.daicho.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.Staff;

/** 職員 rows. */
public final class StaffRepository {

    private static final String COLUMNS = "id, staff_no, name, kana, section_id, employment_type, hired_on, left_on, "
            + "security_manager, system_manager, consent_on";

    public List<Staff> findAll(Connection c) throws SQLException {
        List<Staff> staff = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM staff ORDER BY staff_no");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                staff.add(map(rs));
            }
        }
        return staff;
    }

    public Optional<Staff> findById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM staff WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public Optional<Staff> findByStaffNo(Connection c, String staffNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM staff WHERE staff_no = ?")) {
            ps.setString(1, staffNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public Staff insert(Connection c, Staff s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff (staff_no, name, kana, section_id, "
                + "employment_type, hired_on, left_on, security_manager, system_manager, consent_on) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, s);
            ps.executeUpdate();
            return s.withId(Jdbc.generatedId(ps));
        }
    }

    public void update(Connection c, Staff s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE staff SET staff_no = ?, name = ?, kana = ?, section_id = ?, "
                + "employment_type = ?, hired_on = ?, left_on = ?, security_manager = ?, system_manager = ?, consent_on = ? "
                + "WHERE id = ?")) {
            bind(ps, s);
            ps.setLong(11, s.id());
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Staff s) throws SQLException {
        ps.setString(1, s.staffNo());
        ps.setString(2, s.name());
        ps.setString(3, s.kana());
        ps.setLong(4, s.sectionId());
        ps.setString(5, s.employmentType().name());
        Jdbc.setDate(ps, 6, s.hiredOn());
        Jdbc.setDate(ps, 7, s.leftOn());
        ps.setBoolean(8, s.securityManager());
        ps.setBoolean(9, s.systemManager());
        Jdbc.setDate(ps, 10, s.consentOn());
    }

    private static Staff map(ResultSet rs) throws SQLException {
        return new Staff(rs.getLong("id"), rs.getString("staff_no"), rs.getString("name"), rs.getString("kana"),
                rs.getLong("section_id"), EmploymentType.valueOf(rs.getString("employment_type")),
                Jdbc.getDate(rs, "hired_on"), Jdbc.getDate(rs, "left_on"), rs.getBoolean("security_manager"),
                rs.getBoolean("system_manager"), Jdbc.getDate(rs, "consent_on"));
    }
}
