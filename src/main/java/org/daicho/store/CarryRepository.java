package org.daicho.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.daicho.domain.Asset;
import org.daicho.domain.CarryDevice;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.CarryRecord;
import org.daicho.domain.CarryStatus;

/** Rows of the 持出・持込記録 and the assets of each. */
public final class CarryRepository {

    private static final String COLUMNS = "carry_kind, status, device_owner, device_kind, device_model, "
            + "carrier_staff_id, applicant_account_id, applicant_staff_id, applied_at, purpose, destination, "
            + "planned_out, planned_return, measures, confidential3_reason, warning_reason, virus_scanned, "
            + "patches_applied, permission_required, approver_account_id, approver_staff_id, decided_at, "
            + "paper_approval, paper_decided_on, decision_comment, actual_out, actual_return, "
            + "return_checker_staff_id, cancelled_at, cancel_reason";
    private static final int COLUMN_COUNT = 30;

    /** Every record in id order, with its assets. */
    public List<CarryRecord> findAll(Connection c) throws SQLException {
        return find(c, "", List.of());
    }

    /**
     * Every record in id order with its assets, one at a time: verify reads ten years' 500,000 records in the
     * audit book's 256 MB (issue 7). The links are read alongside in the same id order.
     */
    public void forEachRecord(Connection c, RowVisitor<CarryRecord> visitor) throws SQLException {
        try (PreparedStatement records = c.prepareStatement("SELECT id, " + COLUMNS + " FROM carry_record ORDER BY id");
             PreparedStatement links = c.prepareStatement(
                     "SELECT carry_id, asset_id, line_no FROM carry_asset ORDER BY carry_id")) {
            records.setFetchSize(1000);
            links.setFetchSize(1000);
            try (ResultSet rs = records.executeQuery(); ResultSet ls = links.executeQuery()) {
                boolean link = ls.next();
                while (rs.next()) {
                    CarryRecord r = map(rs);
                    while (link && ls.getLong(1) < r.id()) {
                        link = ls.next();
                    }
                    List<long[]> lines = new ArrayList<>(2);
                    while (link && ls.getLong(1) == r.id()) {
                        lines.add(new long[] {ls.getInt(3), ls.getLong(2)});
                        link = ls.next();
                    }
                    lines.sort((a, b) -> Long.compare(a[0], b[0]));
                    List<Long> ids = new ArrayList<>(lines.size());
                    for (long[] line : lines) {
                        ids.add(line[1]);
                    }
                    if (!visitor.visit(withAssets(r, ids))) {
                        return;
                    }
                }
            }
        }
    }

    /** Records whose planned out time is in [from, until). */
    public List<CarryRecord> findPlannedOutBetween(Connection c, LocalDateTime from, LocalDateTime until)
            throws SQLException {
        return find(c, " WHERE planned_out >= ? AND planned_out < ?", List.of(from, until));
    }

    /** A carry record with its assets as they are now in the ledger, in the record's order. */
    public record WithAssets(CarryRecord record, List<Asset> assets) {
    }

    /** How many records were planned to go out in [from, until). */
    public long countPlannedOutBetween(Connection c, LocalDateTime from, LocalDateTime until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM carry_record WHERE planned_out >= ? AND planned_out < ?")) {
            ps.setObject(1, from);
            ps.setObject(2, until);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The records planned to go out in [from, until), by planned out time then id, one at a time with their assets
     * (the audit book: a year may hold 50,000). The assets come from a second query in the same order, read along
     * with the first, so that neither the records nor the assets are held in memory.
     */
    public void forEachPlannedOutBetween(Connection c, LocalDateTime from, LocalDateTime until,
            RowVisitor<WithAssets> visitor) throws SQLException {
        String range = " WHERE r.planned_out >= ? AND r.planned_out < ?";
        try (PreparedStatement records = c.prepareStatement("SELECT r.id, " + COLUMNS.replace(", ", ", r.")
                .replaceFirst("^", "r.") + " FROM carry_record r" + range + " ORDER BY r.planned_out, r.id");
             PreparedStatement assets = c.prepareStatement("SELECT ca.carry_id, a.id, " + AssetRepository.columns("a.")
                     + " FROM carry_record r JOIN carry_asset ca ON ca.carry_id = r.id JOIN asset a ON a.id = ca.asset_id"
                     + range + " ORDER BY r.planned_out, r.id, ca.line_no")) {
            for (PreparedStatement ps : List.of(records, assets)) {
                ps.setObject(1, from);
                ps.setObject(2, until);
                ps.setFetchSize(1000);
            }
            try (ResultSet rs = records.executeQuery(); ResultSet as = assets.executeQuery()) {
                boolean assetRow = as.next();
                while (rs.next()) {
                    CarryRecord r = map(rs);
                    List<Asset> list = new ArrayList<>(2);
                    List<Long> ids = new ArrayList<>(2);
                    while (assetRow && as.getLong(1) == r.id()) {
                        Asset asset = AssetRepository.map(as);
                        list.add(asset);
                        ids.add(asset.id());
                        assetRow = as.next();
                    }
                    if (!visitor.visit(new WithAssets(withAssets(r, ids), list))) {
                        return;
                    }
                }
            }
        }
    }

    public List<CarryRecord> findByStatus(Connection c, CarryStatus status) throws SQLException {
        return find(c, " WHERE status = ?", List.of(status.name()));
    }

    public Optional<CarryRecord> findById(Connection c, long id) throws SQLException {
        List<CarryRecord> found = find(c, " WHERE id = ?", List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Locks the record's row for the rest of the transaction (two windows deciding at once). */
    public Optional<CarryRecord> findForUpdate(Connection c, long id) throws SQLException {
        return Jdbc.lockRow(c, "carry_record", id) ? findById(c, id) : Optional.empty();
    }

    private List<CarryRecord> find(Connection c, String where, List<Object> args) throws SQLException {
        List<CarryRecord> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM carry_record" + where
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
        Map<Long, List<Long>> assets = assetIds(c, where, args);
        List<CarryRecord> out = new ArrayList<>(rows.size());
        for (CarryRecord r : rows) {
            out.add(withAssets(r, assets.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    /**
     * The assets of the records {@code where} selects, and only theirs: with ten years of records a status or
     * period asks for a few hundred of 500,000 (issue 7).
     */
    private static Map<Long, List<Long>> assetIds(Connection c, String where, List<Object> args) throws SQLException {
        Map<Long, List<Long>> ids = new HashMap<>();
        String sql = "SELECT carry_id, asset_id FROM carry_asset"
                + (where.isEmpty() ? "" : " WHERE carry_id IN (SELECT id FROM carry_record" + where + ")")
                + " ORDER BY carry_id, line_no";
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

    public CarryRecord insert(Connection c, CarryRecord r) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO carry_record (" + COLUMNS + ") VALUES ("
                + "?, ".repeat(COLUMN_COUNT - 1) + "?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, r);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO carry_asset (carry_id, asset_id, line_no) VALUES (?, ?, ?)")) {
            int line = 1;
            for (long assetId : r.assetIds()) {
                ps.setLong(1, id);
                ps.setLong(2, assetId);
                ps.setInt(3, line++);
                ps.addBatch();
            }
            if (!r.assetIds().isEmpty()) {
                ps.executeBatch();
            }
        }
        return r.withId(id);
    }

    /** Updates the record's row; its assets never change after the application. */
    public void update(Connection c, CarryRecord r) throws SQLException {
        String set = COLUMNS.replace(", ", " = ?, ") + " = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE carry_record SET " + set + " WHERE id = ?")) {
            bind(ps, r);
            ps.setLong(COLUMN_COUNT + 1, r.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no carry record with id " + r.id());
            }
        }
    }

    private static void bind(PreparedStatement ps, CarryRecord r) throws SQLException {
        int i = 1;
        CarryDevice device = r.device() == null ? new CarryDevice("", "", "") : r.device();
        ps.setString(i++, r.kind().name());
        ps.setString(i++, r.status().name());
        ps.setString(i++, device.owner());
        ps.setString(i++, device.kind());
        ps.setString(i++, device.model());
        ps.setLong(i++, r.carrierStaffId());
        Jdbc.setLong(ps, i++, r.applicantAccountId());
        Jdbc.setLong(ps, i++, r.applicantStaffId());
        Jdbc.setTime(ps, i++, r.appliedAt());
        ps.setString(i++, r.purpose());
        ps.setString(i++, r.destination());
        Jdbc.setTime(ps, i++, r.plannedOut());
        Jdbc.setTime(ps, i++, r.plannedReturn());
        ps.setString(i++, measuresText(r.measures()));
        ps.setString(i++, text(r.confidential3Reason()));
        ps.setString(i++, text(r.warningReason()));
        ps.setBoolean(i++, r.virusScanned());
        ps.setBoolean(i++, r.patchesApplied());
        ps.setBoolean(i++, r.permissionRequired());
        Jdbc.setLong(ps, i++, r.approverAccountId());
        Jdbc.setLong(ps, i++, r.approverStaffId());
        Jdbc.setTime(ps, i++, r.decidedAt());
        ps.setBoolean(i++, r.paperApproval());
        Jdbc.setDate(ps, i++, r.paperDecidedOn());
        ps.setString(i++, text(r.decisionComment()));
        Jdbc.setTime(ps, i++, r.actualOut());
        Jdbc.setTime(ps, i++, r.actualReturn());
        Jdbc.setLong(ps, i++, r.returnCheckerStaffId());
        Jdbc.setTime(ps, i++, r.cancelledAt());
        ps.setString(i, text(r.cancelReason()));
    }

    private static CarryRecord map(ResultSet rs) throws SQLException {
        String owner = rs.getString("device_owner");
        String kind = rs.getString("device_kind");
        String model = rs.getString("device_model");
        CarryKind carryKind = CarryKind.valueOf(rs.getString("carry_kind"));
        CarryDevice device = carryKind == CarryKind.BRING_IN ? new CarryDevice(owner, kind, model) : null;
        return new CarryRecord(rs.getLong("id"), carryKind, CarryStatus.valueOf(rs.getString("status")), List.of(),
                device, rs.getLong("carrier_staff_id"), Jdbc.getLong(rs, "applicant_account_id"),
                Jdbc.getLong(rs, "applicant_staff_id"), Jdbc.getTime(rs, "applied_at"), rs.getString("purpose"),
                rs.getString("destination"), Jdbc.getTime(rs, "planned_out"), Jdbc.getTime(rs, "planned_return"),
                measures(rs.getString("measures")), rs.getString("confidential3_reason"),
                rs.getString("warning_reason"), rs.getBoolean("virus_scanned"), rs.getBoolean("patches_applied"),
                rs.getBoolean("permission_required"), Jdbc.getLong(rs, "approver_account_id"),
                Jdbc.getLong(rs, "approver_staff_id"), Jdbc.getTime(rs, "decided_at"), rs.getBoolean("paper_approval"),
                Jdbc.getDate(rs, "paper_decided_on"), rs.getString("decision_comment"), Jdbc.getTime(rs, "actual_out"),
                Jdbc.getTime(rs, "actual_return"), Jdbc.getLong(rs, "return_checker_staff_id"),
                Jdbc.getTime(rs, "cancelled_at"), rs.getString("cancel_reason"));
    }

    private static CarryRecord withAssets(CarryRecord r, List<Long> assetIds) {
        return new CarryRecord(r.id(), r.kind(), r.status(), assetIds, r.device(), r.carrierStaffId(),
                r.applicantAccountId(), r.applicantStaffId(), r.appliedAt(), r.purpose(), r.destination(),
                r.plannedOut(), r.plannedReturn(), r.measures(), r.confidential3Reason(), r.warningReason(),
                r.virusScanned(), r.patchesApplied(), r.permissionRequired(), r.approverAccountId(),
                r.approverStaffId(), r.decidedAt(), r.paperApproval(), r.paperDecidedOn(), r.decisionComment(),
                r.actualOut(), r.actualReturn(), r.returnCheckerStaffId(), r.cancelledAt(), r.cancelReason());
    }

    /** Measures as stored: enum names in declaration order, comma-separated. */
    public static String measuresText(Set<CarryMeasure> measures) {
        return Arrays.stream(CarryMeasure.values()).filter(measures::contains).map(Enum::name)
                .collect(Collectors.joining(","));
    }

    private static Set<CarryMeasure> measures(String text) {
        Set<CarryMeasure> set = EnumSet.noneOf(CarryMeasure.class);
        if (text != null && !text.isBlank()) {
            for (String name : text.split(",")) {
                set.add(CarryMeasure.valueOf(name.strip()));
            }
        }
        return set;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
