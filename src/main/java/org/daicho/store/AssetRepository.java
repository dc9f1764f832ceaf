package org.daicho.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.Classification;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;

/** Rows of the 情報資産管理台帳. */
public final class AssetRepository {

    private static final String COLUMNS = "asset_no, business_category, name, kind, medium, network_zone, maker, model, "
            + "serial_no, section_id, manager_staff_id, users, confidentiality, integrity, availability, personal_info, "
            + "storage_place, locked_storage, encrypted, acquired_on, ownership, lease_ends_on, status, retention_until, "
            + "registered_on, last_reviewed_on, disposal_record_no, note";
    private static final int COLUMN_COUNT = 28;
    private static final String SELECT_ENTRIES = "SELECT a.id, " + prefixed("a.") + ", s.name AS section_name, "
            + "m.name AS manager_name FROM asset a JOIN section s ON s.id = a.section_id "
            + "LEFT JOIN staff m ON m.id = a.manager_staff_id";

    /** The asset columns (without the id) with a table alias, for queries that join the asset table. */
    static String columns(String alias) {
        return prefixed(alias);
    }

    private static String prefixed(String alias) {
        return alias + COLUMNS.replace(", ", ", " + alias);
    }

    /** Every asset with its section and manager names, in 管理番号 order. */
    public List<LedgerEntry> findAllEntries(Connection c) throws SQLException {
        List<LedgerEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_ENTRIES + " ORDER BY a.asset_no")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new LedgerEntry(map(rs), rs.getString("section_name"), rs.getString("manager_name")));
                }
            }
        }
        return entries;
    }

    /** Every asset in id order, one at a time (for checks that must not hold the whole ledger in memory). */
    public void forEachAsset(Connection c, RowVisitor<Asset> visitor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM asset ORDER BY id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!visitor.visit(map(rs))) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * The ledger as at {@code asOf}: every asset registered on or before that day, with its section and manager
     * names, in 管理番号 order, one at a time (the audit book; issue 7 asks for 100,000 assets in 256 MB).
     */
    public void forEachEntryRegisteredBy(Connection c, LocalDate asOf, RowVisitor<LedgerEntry> visitor)
            throws SQLException {
        // The day is compared here, not in SQL: with "registered_on <= ?" H2 takes asset_registered_on_idx (V8) and
        // then sorts, reading the rows in random order (10 s cold for 100,000 assets under AES, against about half
        // of that in 管理番号 order). Nearly every asset passes the test anyway.
        try (PreparedStatement ps = c.prepareStatement(SELECT_ENTRIES + " ORDER BY a.asset_no")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Asset asset = map(rs);
                    if (asset.registeredOn().isAfter(asOf)) {
                        continue;
                    }
                    if (!visitor.visit(new LedgerEntry(asset, rs.getString("section_name"),
                            rs.getString("manager_name")))) {
                        return;
                    }
                }
            }
        }
    }

    /** How many assets a ledger holds, and the highest 機密性 among them (0 for none). */
    public record LedgerSize(long assets, int highestConfidentiality) {
    }

    /** The size of the ledger as at {@code asOf} ({@link #forEachEntryRegisteredBy}). */
    public LedgerSize sizeRegisteredBy(Connection c, LocalDate asOf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*), COALESCE(MAX(confidentiality), 0) FROM asset WHERE registered_on <= ?")) {
            ps.setObject(1, asOf);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new LedgerSize(rs.getLong(1), rs.getInt(2));
            }
        }
    }

    /**
     * Assets still held (not disposed or returned) that share the fields the storage rule looks at, with how many
     * of them fail each dated attention rule ({@link org.daicho.domain.AttentionKind}).
     */
    public record AttentionGroup(AssetKind kind, Classification classes, boolean lockedStorage, boolean encrypted,
            int count, int notReviewed, int leaseEnding, int retentionPassed) {
    }

    /**
     * The home screen's asset counts, aggregated inside the store: one row per group, not one per asset (issue 7:
     * with 100,000 assets, building every row took most of the 2 seconds the home screen may take). The dated
     * rules are {@link org.daicho.domain.AttentionKind#matches}'s, in SQL: reviewed within [{@code yearFirst},
     * {@code yearLast}], a lease ending on or before {@code leaseNotice}, a 保存期限 before {@code today}. Only the
     * assets of {@code kinds}, which lead the index: callers can count parts of the ledger side by side.
     */
    public List<AttentionGroup> attentionGroups(Connection c, Collection<AssetKind> kinds, LocalDate yearFirst,
            LocalDate yearLast, LocalDate leaseNotice, LocalDate today) throws SQLException {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<String> finalStatuses = new ArrayList<>();
        for (AssetStatus status : AssetStatus.values()) {
            if (status.isFinal()) {
                finalStatuses.add(status.name());
            }
        }
        String sql = "SELECT kind, confidentiality, integrity, availability, locked_storage, encrypted, COUNT(*), "
                + "SUM(CASE WHEN last_reviewed_on >= ? AND last_reviewed_on <= ? THEN 0 ELSE 1 END), "
                + "SUM(CASE WHEN ownership = ? AND lease_ends_on <= ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN retention_until < ? THEN 1 ELSE 0 END) "
                + "FROM asset WHERE kind IN (" + "?, ".repeat(kinds.size() - 1) + "?) "
                + "AND status NOT IN (" + "?, ".repeat(finalStatuses.size() - 1) + "?) "
                + "GROUP BY kind, confidentiality, integrity, availability, locked_storage, encrypted";
        List<AttentionGroup> groups = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, yearFirst);
            ps.setObject(i++, yearLast);
            ps.setString(i++, Ownership.LEASED.name());
            ps.setObject(i++, leaseNotice);
            ps.setObject(i++, today);
            for (AssetKind kind : kinds) {
                ps.setString(i++, kind.name());
            }
            for (String status : finalStatuses) {
                ps.setString(i++, status);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new AttentionGroup(AssetKind.valueOf(rs.getString(1)),
                            new Classification(rs.getInt(2), rs.getInt(3), rs.getInt(4)), rs.getBoolean(5),
                            rs.getBoolean(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)));
                }
            }
        }
        return groups;
    }

    /** How many assets the ledger holds, disposed and returned ones included. */
    public int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM asset");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    public Optional<LedgerEntry> findEntry(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_ENTRIES + " WHERE a.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new LedgerEntry(map(rs), rs.getString("section_name"), rs.getString("manager_name")))
                        : Optional.empty();
            }
        }
    }

    public boolean assetNoTaken(Connection c, String assetNo, Long exceptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM asset WHERE asset_no = ?")) {
            ps.setString(1, assetNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (exceptId == null || rs.getLong(1) != exceptId) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The numbers that start with {@code prefix-}: an indexed prefix query, not a scan. */
    public List<String> assetNosStartingWith(Connection c, String prefix) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT asset_no FROM asset WHERE asset_no LIKE ? ESCAPE '!'")) {
            ps.setString(1, prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                }
            }
        }
        return numbers;
    }

    public Asset insert(Connection c, Asset asset) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertSql(), Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, asset);
            ps.executeUpdate();
            return asset.withId(Jdbc.generatedId(ps));
        }
    }

    /** Many assets in JDBC batches (demo data, imports, benchmarks); all inside the caller's transaction. */
    public void insertAll(Connection c, List<Asset> assets) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertSql())) {
            int pending = 0;
            for (Asset asset : assets) {
                bind(ps, asset);
                ps.addBatch();
                if (++pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    public void update(Connection c, Asset asset) throws SQLException {
        String set = COLUMNS.replace(", ", " = ?, ") + " = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE asset SET " + set + " WHERE id = ?")) {
            bind(ps, asset);
            ps.setLong(COLUMN_COUNT + 1, asset.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no asset with id " + asset.id());
            }
        }
    }

    private static String insertSql() {
        return "INSERT INTO asset (" + COLUMNS + ") VALUES (" + "?, ".repeat(COLUMN_COUNT - 1) + "?)";
    }

    private static void bind(PreparedStatement ps, Asset a) throws SQLException {
        int i = 1;
        ps.setString(i++, a.assetNo());
        ps.setString(i++, a.businessCategory());
        ps.setString(i++, a.name());
        ps.setString(i++, a.kind().name());
        ps.setString(i++, a.medium());
        ps.setString(i++, a.networkZone().name());
        ps.setString(i++, a.maker());
        ps.setString(i++, a.model());
        ps.setString(i++, a.serialNo());
        ps.setLong(i++, a.sectionId());
        Jdbc.setLong(ps, i++, a.managerStaffId());
        ps.setString(i++, a.users());
        ps.setInt(i++, a.classes().confidentiality());
        ps.setInt(i++, a.classes().integrity());
        ps.setInt(i++, a.classes().availability());
        ps.setString(i++, a.personalInfo().name());
        ps.setString(i++, a.storagePlace());
        ps.setBoolean(i++, a.lockedStorage());
        ps.setBoolean(i++, a.encrypted());
        Jdbc.setDate(ps, i++, a.acquiredOn());
        ps.setString(i++, a.ownership().name());
        Jdbc.setDate(ps, i++, a.leaseEndsOn());
        ps.setString(i++, a.status().name());
        Jdbc.setDate(ps, i++, a.retentionUntil());
        Jdbc.setDate(ps, i++, a.registeredOn());
        Jdbc.setDate(ps, i++, a.lastReviewedOn());
        ps.setString(i++, a.disposalRecordNo());
        ps.setString(i, a.note());
    }

    /** The asset of the current row; the columns are read by name, so a query may join other tables. */
    static Asset map(ResultSet rs) throws SQLException {
        return new Asset(rs.getLong("id"), rs.getString("asset_no"), rs.getString("business_category"),
                rs.getString("name"), AssetKind.valueOf(rs.getString("kind")), rs.getString("medium"),
                NetworkZone.valueOf(rs.getString("network_zone")), rs.getString("maker"), rs.getString("model"),
                rs.getString("serial_no"), rs.getLong("section_id"), Jdbc.getLong(rs, "manager_staff_id"),
                rs.getString("users"),
                new Classification(rs.getInt("confidentiality"), rs.getInt("integrity"), rs.getInt("availability")),
                PersonalInfoKind.valueOf(rs.getString("personal_info")), rs.getString("storage_place"),
                rs.getBoolean("locked_storage"), rs.getBoolean("encrypted"), Jdbc.getDate(rs, "acquired_on"),
                Ownership.valueOf(rs.getString("ownership")), Jdbc.getDate(rs, "lease_ends_on"),
                AssetStatus.valueOf(rs.getString("status")), Jdbc.getDate(rs, "retention_until"),
                Jdbc.getDate(rs, "registered_on"), Jdbc.getDate(rs, "last_reviewed_on"),
                rs.getString("disposal_record_no"), rs.getString("note"));
    }
}
