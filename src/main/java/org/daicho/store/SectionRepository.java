package org.daicho.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.daicho.domain.Section;

/** 所属 rows. */
public final class SectionRepository {

    public List<Section> findAll(Connection c) throws SQLException {
        List<Section> sections = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, sort_order FROM section ORDER BY sort_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sections.add(new Section(rs.getLong("id"), rs.getString("name"), rs.getInt("sort_order")));
            }
        }
        return sections;
    }

    public Section insert(Connection c, Section section) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO section (name, sort_order) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, section.name());
            ps.setInt(2, section.sortOrder());
            ps.executeUpdate();
            return new Section(Jdbc.generatedId(ps), section.name(), section.sortOrder());
        }
    }

    public void update(Connection c, Section section) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE section SET name = ?, sort_order = ? WHERE id = ?")) {
            ps.setString(1, section.name());
            ps.setInt(2, section.sortOrder());
            ps.setLong(3, section.id());
            ps.executeUpdate();
        }
    }
}
