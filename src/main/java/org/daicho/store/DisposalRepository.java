package org.daicho.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daicho.domain.DisposalDecision;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.EvidenceKind;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;

/** Rows of the 廃棄記録, the assets of each, and their evidence files (bytes kept as BLOBs in the store). */
public final class DisposalRepository {

    private static final String COLUMNS = "record_no, status, disposal_end, planned_method, planned_technique, "
            + "planned_place, planned_on, reason, planned_contractor, applicant_account_id, applicant_staff_id, "
            + "applied_at, approver_account_id, approver_staff_id, decided_at, paper_approval, paper_decided_on, "
            + "decision_comment, executed_at, performer_staff_id, performer_name, witness_staff_id, method, "
            + "technique, method_details, tool, tool_version, verification_method, verification_result, place, "
            + "contractor, certificate_no, certificate_received_on, backed_up, backup_location, destination, note, "
            + "cancelled_at, cancel_reason";
    private static final int COLUMN_COUNT = 39;
    private static final String EVIDENCE_COLUMNS = "id, disposal_id, file_name, evidence_kind, size_bytes, sha256, "
            + "added_at";

    /** Every record in id order, with its assets and evidence. */
    public List<DisposalRecord> findAll(Connection c) throws SQLException {
        return find(c, "", List.of());
    }

    public List<DisposalRecord> findByStatus(Connection c, DisposalStatus status) throws SQLException {
        return find(c, " WHERE status = ?", List.of(status.name()));
    }

    /** The records carried out (完了) in [from, until), in id order, with their assets and evidence. */
    public List<DisposalRecord> findCompletedBetween(Connection c, LocalDateTime from, LocalDateTime until)
            throws SQLException {
        return find(c, " WHERE status = ? AND executed_at >= ? AND executed_at < ?",
                List.of(DisposalStatus.COMPLETED.name(), from, until));
    }

    /** How many records were carried out (完了) in [from, until). */
    public long countCompletedBetween(Connection c, LocalDateTime from, LocalDateTime until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM disposal_record WHERE status = ? AND executed_at >= ? AND executed_at < ?")) {
            ps.setString(1, DisposalStatus.COMPLETED.name());
            ps.setObject(2, from);
            ps.setObject(3, until);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public Optional<DisposalRecord> findById(Connection c, long id) throws SQLException {
        List<DisposalRecord> found = find(c, " WHERE id = ?", List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Locks the record's row for the rest of the transaction (two windows acting at once). */
    public Optional<DisposalRecord> findForUpdate(Connection c, long id) throws SQLException {
        return Jdbc.lockRow(c, "disposal_record", id) ? findById(c, id) : Optional.empty();
    }

    /** For each asset in an open (申請中 or 許可) record, that record's 記録番号. */
    public Map<Long, String> openRecordNoByAsset(Connection c) throws SQLException {
        Map<Long, String> open = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.asset_id, r.record_no FROM disposal_asset a "
                + "JOIN disposal_record r ON r.id = a.disposal_id WHERE r.status IN (?, ?)")) {
            ps.setString(1, DisposalStatus.REQUESTED.name());
            ps.setString(2, DisposalStatus.APPROVED.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return open;
    }

    /** The highest number used in 記録番号 of a fiscal year's prefix (e.g. {@code D-2026-}), 0 when none. */
    public int lastNumber(Connection c, String prefix) throws SQLException {
        int last = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT record_no FROM disposal_record WHERE record_no LIKE ?")) {
            ps.setString(1, prefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String tail = rs.getString(1).substring(prefix.length());
                    if (tail.matches("\\d+")) {
                        last = Math.max(last, Integer.parseInt(tail));
                    }
                }
            }
        }
        return last;
    }

    private List<DisposalRecord> find(Connection c, String where, List<Object> args) throws SQLException {
        List<DisposalRecord> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM disposal_record" + where
                + " ORDER BY id")) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
        }
        if (rows.isEmpty()) {
            return rows;
        }
        // only the assets and evidence of the records selected (ten years hold 50,000 records; issue 7)
        String selected = where.isEmpty() ? "" : " WHERE disposal_id IN (SELECT id FROM disposal_record" + where + ")";
        Map<Long, List<Long>> assets = assetIds(c, selected, args);
        Map<Long, List<EvidenceFile>> evidence = evidence(c, selected, args);
        List<DisposalRecord> out = new ArrayList<>(rows.size());
        for (DisposalRecord r : rows) {
            List<Long> ids = assets.getOrDefault(r.id(), List.of());
            DisposalDraft a = r.application();
            DisposalDraft application = new DisposalDraft(ids, a.end(), a.plannedMethod(), a.plannedTechnique(),
                    a.plannedPlace(), a.plannedOn(), a.reason(), a.plannedContractor());
            out.add(new DisposalRecord(r.id(), r.recordNo(), r.status(), ids, application, r.applicantAccountId(),
                    r.applicantStaffId(), r.appliedAt(), r.decision(), r.execution(), r.cancelledAt(),
                    r.cancelReason(), evidence.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    private static Map<Long, List<Long>> assetIds(Connection c, String selected, List<Object> args) throws SQLException {
        Map<Long, List<Long>> ids = new HashMap<>();
        String sql = "SELECT disposal_id, asset_id FROM disposal_asset" + selected + " ORDER BY disposal_id, line_no";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private static Map<Long, List<EvidenceFile>> evidence(Connection c, String selected, List<Object> args)
            throws SQLException {
        Map<Long, List<EvidenceFile>> files = new HashMap<>();
        String sql = "SELECT " + EVIDENCE_COLUMNS + " FROM disposal_evidence" + selected + " ORDER BY disposal_id, id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EvidenceFile f = mapEvidence(rs);
                    files.computeIfAbsent(f.disposalId(), k -> new ArrayList<>()).add(f);
                }
            }
        }
        return files;
    }

    public DisposalRecord insert(Connection c, DisposalRecord r) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO disposal_record (" + COLUMNS + ") VALUES ("
                + "?, ".repeat(COLUMN_COUNT - 1) + "?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, r);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO disposal_asset (disposal_id, asset_id, line_no) VALUES (?, ?, ?)")) {
            int line = 1;
            for (long assetId : r.assetIds()) {
                ps.setLong(1, id);
                ps.setLong(2, assetId);
                ps.setInt(3, line++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return r.withId(id);
    }

    /** Updates the record's row; its assets never change after the application, its evidence separately. */
    public void update(Connection c, DisposalRecord r) throws SQLException {
        String set = COLUMNS.replace(", ", " = ?, ") + " = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE disposal_record SET " + set + " WHERE id = ?")) {
            bind(ps, r);
            ps.setLong(COLUMN_COUNT + 1, r.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no disposal record with id " + r.id());
            }
        }
    }

    /**
     * Stores an evidence file's bytes, read from {@code content} to its end ({@code size} bytes). The caller
     * computes the SHA-256 while the bytes are read (a {@link java.security.DigestInputStream}) and passes a
     * {@code file} whose hash it fills in afterwards with {@link #setEvidenceHash}.
     */
    public EvidenceFile insertEvidence(Connection c, EvidenceFile file, InputStream content) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO disposal_evidence (disposal_id, file_name, "
                + "evidence_kind, size_bytes, sha256, added_at, content) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, file.disposalId());
            ps.setString(2, file.fileName());
            ps.setString(3, file.kind().name());
            ps.setLong(4, file.sizeBytes());
            ps.setString(5, file.sha256());
            Jdbc.setTime(ps, 6, file.addedAt());
            ps.setBinaryStream(7, content, file.sizeBytes());
            ps.executeUpdate();
            long id = Jdbc.generatedId(ps);
            return new EvidenceFile(id, file.disposalId(), file.fileName(), file.kind(), file.sizeBytes(),
                    file.sha256(), file.addedAt());
        }
    }

    public void setEvidenceHash(Connection c, long evidenceId, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE disposal_evidence SET sha256 = ? WHERE id = ?")) {
            ps.setString(1, sha256);
            ps.setLong(2, evidenceId);
            ps.executeUpdate();
        }
    }

    public Optional<EvidenceFile> findEvidence(Connection c, long evidenceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EVIDENCE_COLUMNS
                + " FROM disposal_evidence WHERE id = ?")) {
            ps.setLong(1, evidenceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapEvidence(rs)) : Optional.empty();
            }
        }
    }

    /** Copies an evidence file's stored bytes to {@code out}. @return the number of bytes copied */
    public long copyEvidence(Connection c, long evidenceId, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM disposal_evidence WHERE id = ?")) {
            ps.setLong(1, evidenceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no evidence file with id " + evidenceId);
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    return in.transferTo(out);
                }
            }
        }
    }

    public void deleteEvidence(Connection c, long evidenceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM disposal_evidence WHERE id = ?")) {
            ps.setLong(1, evidenceId);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, DisposalRecord r) throws SQLException {
        int i = 1;
        DisposalDraft a = r.application();
        ps.setString(i++, r.recordNo());
        ps.setString(i++, r.status().name());
        ps.setString(i++, a.end().name());
        ps.setString(i++, a.plannedMethod().name());
        ps.setString(i++, a.plannedTechnique().name());
        ps.setString(i++, a.plannedPlace().name());
        Jdbc.setDate(ps, i++, a.plannedOn());
        ps.setString(i++, a.reason());
        ps.setString(i++, a.plannedContractor());
        Jdbc.setLong(ps, i++, r.applicantAccountId());
        Jdbc.setLong(ps, i++, r.applicantStaffId());
        Jdbc.setTime(ps, i++, r.appliedAt());
        DisposalDecision d = r.decision();
        Jdbc.setLong(ps, i++, d == null ? null : d.approverAccountId());
        Jdbc.setLong(ps, i++, d == null ? null : d.approverStaffId());
        Jdbc.setTime(ps, i++, d == null ? null : d.decidedAt());
        ps.setBoolean(i++, d != null && d.paperApproval());
        Jdbc.setDate(ps, i++, d == null ? null : d.paperDecidedOn());
        ps.setString(i++, d == null ? "" : d.comment());
        DisposalExecution e = r.execution();
        Jdbc.setTime(ps, i++, e == null ? null : e.executedAt());
        Jdbc.setLong(ps, i++, e == null ? null : e.performerStaffId());
        ps.setString(i++, e == null ? "" : e.performerName());
        Jdbc.setLong(ps, i++, e == null ? null : e.witnessStaffId());
        ps.setString(i++, e == null ? null : e.method().name());
        ps.setString(i++, e == null ? null : e.technique().name());
        ps.setString(i++, e == null ? "" : e.methodDetails());
        ps.setString(i++, e == null ? "" : e.tool());
        ps.setString(i++, e == null ? "" : e.toolVersion());
        ps.setString(i++, e == null ? "" : e.verificationMethod());
        ps.setString(i++, e == null ? "" : e.verificationResult());
        ps.setString(i++, e == null ? null : e.place().name());
        ps.setString(i++, e == null ? "" : e.contractor());
        ps.setString(i++, e == null ? "" : e.certificateNo());
        Jdbc.setDate(ps, i++, e == null ? null : e.certificateReceivedOn());
        ps.setBoolean(i++, e != null && e.backedUp());
        ps.setString(i++, e == null ? "" : e.backupLocation());
        ps.setString(i++, e == null ? "" : e.destination());
        ps.setString(i++, e == null ? "" : e.note());
        Jdbc.setTime(ps, i++, r.cancelledAt());
        ps.setString(i, r.cancelReason());
    }

    private static DisposalRecord map(ResultSet rs) throws SQLException {
        DisposalDraft application = new DisposalDraft(List.of(), DisposalEnd.valueOf(rs.getString("disposal_end")),
                SanitisationMethod.valueOf(rs.getString("planned_method")),
                SanitisationTechnique.valueOf(rs.getString("planned_technique")),
                DisposalPlace.valueOf(rs.getString("planned_place")), Jdbc.getDate(rs, "planned_on"),
                rs.getString("reason"), rs.getString("planned_contractor"));
        Long approverStaff = Jdbc.getLong(rs, "approver_staff_id");
        DisposalDecision decision = approverStaff == null ? null
                : new DisposalDecision(Jdbc.getLong(rs, "approver_account_id"), approverStaff,
                        Jdbc.getTime(rs, "decided_at"), rs.getBoolean("paper_approval"),
                        Jdbc.getDate(rs, "paper_decided_on"), rs.getString("decision_comment"));
        DisposalExecution execution = null;
        if (Jdbc.getTime(rs, "executed_at") != null) {
            execution = new DisposalExecution(Jdbc.getTime(rs, "executed_at"), Jdbc.getLong(rs, "performer_staff_id"),
                    rs.getString("performer_name"), Jdbc.getLong(rs, "witness_staff_id"),
                    SanitisationMethod.valueOf(rs.getString("method")),
                    SanitisationTechnique.valueOf(rs.getString("technique")), rs.getString("method_details"),
                    rs.getString("tool"), rs.getString("tool_version"), rs.getString("verification_method"),
                    rs.getString("verification_result"), DisposalPlace.valueOf(rs.getString("place")),
                    rs.getString("contractor"), rs.getString("certificate_no"),
                    Jdbc.getDate(rs, "certificate_received_on"), rs.getBoolean("backed_up"),
                    rs.getString("backup_location"), rs.getString("destination"), rs.getString("note"));
        }
        return new DisposalRecord(rs.getLong("id"), rs.getString("record_no"),
                DisposalStatus.valueOf(rs.getString("status")), List.of(), application,
                Jdbc.getLong(rs, "applicant_account_id"), Jdbc.getLong(rs, "applicant_staff_id"),
                Jdbc.getTime(rs, "applied_at"), decision, execution, Jdbc.getTime(rs, "cancelled_at"),
                rs.getString("cancel_reason"), List.of());
    }

    private static EvidenceFile mapEvidence(ResultSet rs) throws SQLException {
        return new EvidenceFile(rs.getLong("id"), rs.getLong("disposal_id"), rs.getString("file_name"),
                EvidenceKind.valueOf(rs.getString("evidence_kind")), rs.getLong("size_bytes"), rs.getString("sha256"),
                Jdbc.getTime(rs, "added_at"));
    }
}
