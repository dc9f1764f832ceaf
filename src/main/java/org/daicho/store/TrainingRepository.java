package org.daicho.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daicho.domain.AttachedFile;
import org.daicho.domain.Attendance;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Comprehension;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingTarget;

/** Rows of the training sessions (with their materials as BLOBs) and of attendance. */
public final class TrainingRepository {

    private static final String SESSION_COLUMNS = "id, title, training_kind, held_on, training_format, instructor, "
            + "target_group, note, materials_name, materials_size, materials_sha256";
    private static final String ATTENDANCE_COLUMNS = "id, session_id, staff_id, result, comprehension, "
            + "absence_reason, make_up_on, recorded_at";

    public List<TrainingSession> findAllSessions(Connection c) throws SQLException {
        return sessions(c, "", null, null);
    }

    /** Sessions held in [from, to]. */
    public List<TrainingSession> findSessionsBetween(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return sessions(c, " WHERE held_on >= ? AND held_on <= ?", from, to);
    }

    public Optional<TrainingSession> findSession(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SESSION_COLUMNS
                + " FROM training_session WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapSession(rs)) : Optional.empty();
            }
        }
    }

    private List<TrainingSession> sessions(Connection c, String where, LocalDate from, LocalDate to)
            throws SQLException {
        List<TrainingSession> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SESSION_COLUMNS + " FROM training_session"
                + where + " ORDER BY held_on, id")) {
            if (from != null) {
                Jdbc.setDate(ps, 1, from);
                Jdbc.setDate(ps, 2, to);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(mapSession(rs));
                }
            }
        }
        return list;
    }

    public TrainingSession insertSession(Connection c, TrainingSession s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_session (title, training_kind, held_on, "
                + "training_format, instructor, target_group, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bindSession(ps, s);
            ps.executeUpdate();
            return s.withId(Jdbc.generatedId(ps));
        }
    }

    /** Updates the session's fields (not its materials: see {@link #setMaterials}). */
    public void updateSession(Connection c, TrainingSession s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE training_session SET title = ?, training_kind = ?, "
                + "held_on = ?, training_format = ?, instructor = ?, target_group = ?, note = ? WHERE id = ?")) {
            bindSession(ps, s);
            ps.setLong(8, s.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no training session " + s.id());
            }
        }
    }

    public void deleteSession(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM training_session WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /**
     * Stores the materials' bytes read from {@code content} ({@code file.sizeBytes()} of them) with the name and
     * hash given; {@code file} null removes them.
     */
    public void setMaterials(Connection c, long sessionId, AttachedFile file, InputStream content)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE training_session SET materials_name = ?, "
                + "materials_size = ?, materials_sha256 = ?, materials = ? WHERE id = ?")) {
            if (file == null) {
                ps.setNull(1, Types.VARCHAR);
                ps.setNull(2, Types.BIGINT);
                ps.setNull(3, Types.VARCHAR);
                ps.setNull(4, Types.BLOB);
            } else {
                ps.setString(1, file.fileName());
                ps.setLong(2, file.sizeBytes());
                ps.setString(3, file.sha256());
                ps.setBinaryStream(4, content, file.sizeBytes());
            }
            ps.setLong(5, sessionId);
            ps.executeUpdate();
        }
    }

    public void setMaterialsHash(Connection c, long sessionId, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE training_session SET materials_sha256 = ? WHERE id = ?")) {
            ps.setString(1, sha256);
            ps.setLong(2, sessionId);
            ps.executeUpdate();
        }
    }

    /** Copies the materials' stored bytes to {@code out}. @return the number of bytes copied (0 when none) */
    public long copyMaterials(Connection c, long sessionId, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("SELECT materials FROM training_session WHERE id = ?")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    return in == null ? 0 : in.transferTo(out);
                }
            }
        }
    }

    public List<Attendance> findAllAttendance(Connection c) throws SQLException {
        return attendance(c, "", null);
    }

    public List<Attendance> findAttendanceOfSession(Connection c, long sessionId) throws SQLException {
        return attendance(c, " WHERE session_id = ?", sessionId);
    }

    public Optional<Attendance> findAttendance(Connection c, long sessionId, long staffId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ATTENDANCE_COLUMNS
                + " FROM attendance WHERE session_id = ? AND staff_id = ?")) {
            ps.setLong(1, sessionId);
            ps.setLong(2, staffId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapAttendance(rs)) : Optional.empty();
            }
        }
    }

    public Optional<Attendance> findAttendanceById(Connection c, long id) throws SQLException {
        List<Attendance> found = attendance(c, " WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Attendance> attendance(Connection c, String where, Long arg) throws SQLException {
        List<Attendance> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ATTENDANCE_COLUMNS + " FROM attendance" + where
                + " ORDER BY id")) {
            if (arg != null) {
                ps.setLong(1, arg);
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(mapAttendance(rs));
                }
            }
        }
        return list;
    }

    public Attendance insertAttendance(Connection c, Attendance a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attendance (session_id, staff_id, result, "
                + "comprehension, absence_reason, make_up_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bindAttendance(ps, a);
            ps.executeUpdate();
            return a.withId(Jdbc.generatedId(ps));
        }
    }

    public void updateAttendance(Connection c, Attendance a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE attendance SET session_id = ?, staff_id = ?, result = ?, "
                + "comprehension = ?, absence_reason = ?, make_up_on = ?, recorded_at = ? WHERE id = ?")) {
            bindAttendance(ps, a);
            ps.setLong(8, a.id());
            ps.executeUpdate();
        }
    }

    public void deleteAttendance(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM attendance WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static void bindSession(PreparedStatement ps, TrainingSession s) throws SQLException {
        ps.setString(1, s.title());
        ps.setString(2, s.kind().name());
        Jdbc.setDate(ps, 3, s.heldOn());
        ps.setString(4, s.format().name());
        ps.setString(5, s.instructor());
        ps.setString(6, s.target().name());
        ps.setString(7, s.note());
    }

    private static TrainingSession mapSession(ResultSet rs) throws SQLException {
        String name = rs.getString("materials_name");
        AttachedFile materials = name == null ? null
                : new AttachedFile(name, rs.getLong("materials_size"), rs.getString("materials_sha256"));
        return new TrainingSession(rs.getLong("id"), rs.getString("title"),
                TrainingKind.valueOf(rs.getString("training_kind")), Jdbc.getDate(rs, "held_on"),
                TrainingFormat.valueOf(rs.getString("training_format")), rs.getString("instructor"),
                TrainingTarget.valueOf(rs.getString("target_group")), rs.getString("note"), materials);
    }

    private static void bindAttendance(PreparedStatement ps, Attendance a) throws SQLException {
        ps.setLong(1, a.sessionId());
        ps.setLong(2, a.staffId());
        ps.setString(3, a.result().name());
        ps.setString(4, a.comprehension().name());
        ps.setString(5, a.absenceReason());
        Jdbc.setDate(ps, 6, a.makeUpOn());
        ps.setObject(7, a.recordedAt());
    }

    private static Attendance mapAttendance(ResultSet rs) throws SQLException {
        return new Attendance(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("staff_id"),
                AttendanceResult.valueOf(rs.getString("result")), Comprehension.valueOf(rs.getString("comprehension")),
                rs.getString("absence_reason"), Jdbc.getDate(rs, "make_up_on"),
                rs.getObject("recorded_at", java.time.LocalDateTime.class));
    }
}
