package org.daicho.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The narrow reads of the 自己点検 (policy 2.9.2): only the columns each item needs, filtered by the 年度 in SQL,
 * so that a ten-year store (100,000 assets, 500,000 carry records) is answered without loading whole tables.
 * Rows come back as they are stored, even where the services would have refused them (old or imported data):
 * finding those is the point.
 */
public final class InspectionRepository {

    private static final int FETCH = 1000;

    /**
     * The ids of the 完了 disposal records of a period: executed in [?, ?), or (broken data) without an execution
     * time but applied for in [?, ?). Two selects rather than one OR, so that each finds its rows through
     * (status, executed_at) and not by reading every completed record (V8; 3.6 s → 0.1 s on the ten-year store).
     */
    private static final String COMPLETED_DISPOSAL_IDS = "SELECT id FROM disposal_record WHERE status = 'COMPLETED' "
            + "AND executed_at >= ? AND executed_at < ? UNION ALL SELECT id FROM disposal_record "
            + "WHERE status = 'COMPLETED' AND executed_at IS NULL AND applied_at >= ? AND applied_at < ?";

    /** One asset of the ledger as the ledger items need it; {@code managerLeftOn} is the 管理責任者's leave day. */
    public record AssetRow(long id, String assetNo, String name, int confidentiality, int integrity,
            int availability, Long managerStaffId, LocalDate managerLeftOn, String storagePlace,
            LocalDate lastReviewedOn) {
    }

    /** One carry record with what the carry items need; its assets come separately ({@link RecordAssetRow}). */
    public record CarryRow(long id, String kind, String status, String deviceKind, String deviceModel,
            LocalDateTime plannedOut, LocalDateTime plannedReturn, String measures, boolean permissionRequired,
            Long approverStaffId, LocalDateTime decidedAt, boolean paperApproval, LocalDate paperDecidedOn,
            LocalDateTime actualOut, LocalDateTime actualReturn) {
    }

    /** One asset of a carry or disposal record, in line order, with its classes as they are now. */
    public record RecordAssetRow(long recordId, String assetNo, int confidentiality, int integrity,
            int availability) {
    }

    /** One 完了 disposal record with what the disposal items need. */
    public record DisposalRow(long id, String recordNo, Long approverStaffId, LocalDateTime decidedAt,
            boolean paperApproval, LocalDate paperDecidedOn, LocalDateTime executedAt, Long performerStaffId,
            String performerName, Long witnessStaffId, String method, String technique, String contractor,
            String certificateNo, LocalDate certificateReceivedOn) {
    }

    /** One change-history entry of a record (its encoded field changes), for a value at a past day. */
    public record ChangeRow(long recordId, LocalDateTime changedAt, String changes) {
    }

    /**
     * Every asset held on {@code asOf}, in id order, one at a time: registered by then and not yet disposed of or
     * returned to the lessor. An asset whose disposal was executed after {@code asOf} still counts when
     * {@code lookBack} is set (a past 年度 seen later); otherwise 廃棄済 / リース返却済 assets are left out at once.
     */
    public void forEachHeldAsset(Connection c, LocalDate asOf, boolean lookBack, RowVisitor<AssetRow> visitor)
            throws SQLException {
        String held = "a.status NOT IN ('DISPOSED', 'RETURNED_TO_LESSOR')";
        if (lookBack) {
            held = "(" + held + " OR EXISTS (SELECT 1 FROM disposal_asset da JOIN disposal_record d "
                    + "ON d.id = da.disposal_id WHERE da.asset_id = a.id AND d.status = 'COMPLETED' "
                    + "AND d.executed_at >= ?))";
        }
        String sql = "SELECT a.id, a.asset_no, a.name, a.confidentiality, a.integrity, a.availability, "
                + "a.manager_staff_id, m.left_on, a.storage_place, a.last_reviewed_on FROM asset a "
                + "LEFT JOIN staff m ON m.id = a.manager_staff_id WHERE a.registered_on <= ? AND " + held
                + " ORDER BY a.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(FETCH);
            Jdbc.setDate(ps, 1, asOf);
            if (lookBack) {
                Jdbc.setTime(ps, 2, asOf.plusDays(1).atStartOfDay());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AssetRow row = new AssetRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), Jdbc.getLong(rs, "manager_staff_id"),
                            Jdbc.getDate(rs, "left_on"), rs.getString(9), Jdbc.getDate(rs, "last_reviewed_on"));
                    if (!visitor.visit(row)) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * The change-history entries of {@code recordType} made on or after {@code from} that change {@code field},
     * by record and then in the order they were made. {@code field} is a constant of the caller, never user text.
     */
    public void forEachChangeOfFieldSince(Connection c, String recordType, String field, LocalDateTime from,
            RowVisitor<ChangeRow> visitor) throws SQLException {
        // a changes text is lines of 「field TAB before TAB after」: the field starts the text or a line
        String sql = "SELECT record_id, changed_at, changes FROM history_entry WHERE changed_at >= ? "
                + "AND record_type = ? AND (changes LIKE ? OR changes LIKE ?) ORDER BY record_id, seq";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(FETCH);
            Jdbc.setTime(ps, 1, from);
            ps.setString(2, recordType);
            ps.setString(3, field + "\t%");
            ps.setString(4, "%\n" + field + "\t%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!visitor.visit(new ChangeRow(rs.getLong(1), Jdbc.getTime(rs, "changed_at"),
                            rs.getString(3)))) {
                        return;
                    }
                }
            }
        }
    }

    private static final String CARRY_COLUMNS = "r.id, r.carry_kind, r.status, r.device_kind, r.device_model, "
            + "r.planned_out, r.planned_return, r.measures, r.permission_required, r.approver_staff_id, "
            + "r.decided_at, r.paper_approval, r.paper_decided_on, r.actual_out, r.actual_return";

    /** Carry records whose planned out time is in [from, until), in id order. */
    public List<CarryRow> carriesPlannedOutBetween(Connection c, LocalDateTime from, LocalDateTime until)
            throws SQLException {
        return carries(c, " WHERE r.planned_out >= ? AND r.planned_out < ?", List.of(from, until));
    }

    /**
     * Carry records that were out at {@code moment} and due back before it: still 持出中 now, or (when
     * {@code returnedSince}) returned only after {@code moment}, among those planned out on or after
     * {@code earliestOut} (the planned out index keeps this from reading ten years of returned records).
     */
    public List<CarryRow> carriesOutAt(Connection c, LocalDateTime moment, boolean returnedSince,
            LocalDateTime earliestOut) throws SQLException {
        List<CarryRow> rows = new ArrayList<>(carries(c, " WHERE r.status = 'OUT' AND r.actual_out < ?",
                List.of(moment)));
        if (returnedSince) {
            rows.addAll(carries(c, " WHERE r.planned_out >= ? AND r.planned_out < ? AND r.status = 'RETURNED' "
                    + "AND r.actual_out < ? AND r.actual_return > ?", List.of(earliestOut, moment, moment, moment)));
        }
        return rows;
    }

    private List<CarryRow> carries(Connection c, String where, List<Object> args) throws SQLException {
        List<CarryRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CARRY_COLUMNS + " FROM carry_record r" + where
                + " ORDER BY r.id")) {
            ps.setFetchSize(FETCH);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new CarryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Jdbc.getTime(rs, "planned_out"), Jdbc.getTime(rs, "planned_return"),
                            rs.getString(8), rs.getBoolean(9), Jdbc.getLong(rs, "approver_staff_id"),
                            Jdbc.getTime(rs, "decided_at"), rs.getBoolean(12), Jdbc.getDate(rs, "paper_decided_on"),
                            Jdbc.getTime(rs, "actual_out"), Jdbc.getTime(rs, "actual_return")));
                }
            }
        }
        return rows;
    }

    /** The assets of the carry records planned out in [from, until), by record and line. */
    public void forEachCarryAssetPlannedOutBetween(Connection c, LocalDateTime from, LocalDateTime until,
            RowVisitor<RecordAssetRow> visitor) throws SQLException {
        String sql = "SELECT ca.carry_id, a.asset_no, a.confidentiality, a.integrity, a.availability "
                + "FROM carry_record r JOIN carry_asset ca ON ca.carry_id = r.id JOIN asset a ON a.id = ca.asset_id "
                + "WHERE r.planned_out >= ? AND r.planned_out < ? ORDER BY ca.carry_id, ca.line_no";
        assets(c, sql, List.of(from, until), visitor);
    }

    /** The assets of the given carry records (a few: those out at a moment), by record and line. */
    public void forEachCarryAssetOf(Connection c, List<Long> carryIds, RowVisitor<RecordAssetRow> visitor)
            throws SQLException {
        for (int start = 0; start < carryIds.size(); start += 500) {
            List<Long> chunk = carryIds.subList(start, Math.min(carryIds.size(), start + 500));
            String sql = "SELECT ca.carry_id, a.asset_no, a.confidentiality, a.integrity, a.availability "
                    + "FROM carry_asset ca JOIN asset a ON a.id = ca.asset_id WHERE ca.carry_id IN ("
                    + "?, ".repeat(chunk.size() - 1) + "?) ORDER BY ca.carry_id, ca.line_no";
            assets(c, sql, new ArrayList<>(chunk), visitor);
        }
    }

    /**
     * 完了 disposal records of the period: executed in [from, until), or (broken data) without an execution time
     * but applied for in it. In id order.
     */
    public List<DisposalRow> completedDisposalsBetween(Connection c, LocalDateTime from, LocalDateTime until)
            throws SQLException {
        List<DisposalRow> rows = new ArrayList<>();
        String sql = "SELECT d.id, d.record_no, d.approver_staff_id, d.decided_at, d.paper_approval, "
                + "d.paper_decided_on, d.executed_at, d.performer_staff_id, d.performer_name, d.witness_staff_id, "
                + "d.method, d.technique, d.contractor, d.certificate_no, d.certificate_received_on FROM ("
                + COMPLETED_DISPOSAL_IDS + ") p JOIN disposal_record d ON d.id = p.id ORDER BY d.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(FETCH);
            Jdbc.setTime(ps, 1, from);
            Jdbc.setTime(ps, 2, until);
            Jdbc.setTime(ps, 3, from);
            Jdbc.setTime(ps, 4, until);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new DisposalRow(rs.getLong(1), rs.getString(2), Jdbc.getLong(rs, "approver_staff_id"),
                            Jdbc.getTime(rs, "decided_at"), rs.getBoolean(5), Jdbc.getDate(rs, "paper_decided_on"),
                            Jdbc.getTime(rs, "executed_at"), Jdbc.getLong(rs, "performer_staff_id"), rs.getString(9),
                            Jdbc.getLong(rs, "witness_staff_id"), rs.getString(11), rs.getString(12),
                            rs.getString(13), rs.getString(14), Jdbc.getDate(rs, "certificate_received_on")));
                }
            }
        }
        return rows;
    }

    /** The assets of the 完了 disposal records of {@link #completedDisposalsBetween}, by record and line. */
    public void forEachDisposalAssetBetween(Connection c, LocalDateTime from, LocalDateTime until,
            RowVisitor<RecordAssetRow> visitor) throws SQLException {
        String sql = "SELECT da.disposal_id, a.asset_no, a.confidentiality, a.integrity, a.availability FROM ("
                + COMPLETED_DISPOSAL_IDS + ") p JOIN disposal_asset da ON da.disposal_id = p.id "
                + "JOIN asset a ON a.id = da.asset_id ORDER BY da.disposal_id, da.line_no";
        assets(c, sql, List.of(from, until, from, until), visitor);
    }

    private static void assets(Connection c, String sql, List<Object> args, RowVisitor<RecordAssetRow> visitor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(FETCH);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!visitor.visit(new RecordAssetRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5)))) {
                        return;
                    }
                }
            }
        }
    }
}
