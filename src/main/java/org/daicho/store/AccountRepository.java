package org.daicho.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daicho.domain.Account;
import org.daicho.domain.Role;

/** Account rows and their password history. */
public final class AccountRepository {

    private static final String COLUMNS = "id, user_name, staff_id, role_clerk, role_security_manager, role_admin, "
            + "must_change_password, created_at, removed_at, removed_reason";

    /** One stored password: a salted PBKDF2 hash, never the password. */
    public record PasswordHash(byte[] salt, int iterations, byte[] hash) {
    }

    public List<Account> findAll(Connection c) throws SQLException {
        List<Account> accounts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM account ORDER BY user_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                accounts.add(map(rs));
            }
        }
        return accounts;
    }

    public Optional<Account> findByUserName(Connection c, String userName) throws SQLException {
        return findOne(c, "user_name = ?", ps -> ps.setString(1, userName));
    }

    public Optional<Account> findById(Connection c, long id) throws SQLException {
        return findOne(c, "id = ?", ps -> ps.setLong(1, id));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<Account> findOne(Connection c, String where, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM account WHERE " + where)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public Account insert(Connection c, Account a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO account (user_name, staff_id, role_clerk, "
                + "role_security_manager, role_admin, must_change_password, created_at, removed_at, removed_reason) "
                + "VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, a);
            ps.executeUpdate();
            long id = Jdbc.generatedId(ps);
            return new Account(id, a.userName(), a.staffId(), a.roles(), a.mustChangePassword(), a.createdAt(),
                    a.removedAt(), a.removedReason());
        }
    }

    public void update(Connection c, Account a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE account SET user_name = ?, staff_id = ?, role_clerk = ?, "
                + "role_security_manager = ?, role_admin = ?, must_change_password = ?, created_at = ?, removed_at = ?, "
                + "removed_reason = ? WHERE id = ?")) {
            bind(ps, a);
            ps.setLong(10, a.id());
            ps.executeUpdate();
        }
    }

    public void addPassword(Connection c, long accountId, PasswordHash password, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO password_history (account_id, salt, iterations, hash, set_at) VALUES (?,?,?,?,?)")) {
            ps.setLong(1, accountId);
            ps.setString(2, Secrets.hex(password.salt()));
            ps.setInt(3, password.iterations());
            ps.setString(4, Secrets.hex(password.hash()));
            ps.setTimestamp(5, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    /** How many passwords the account has had (its history counts each change). */
    public int passwordCount(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM password_history WHERE account_id = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The newest {@code count} passwords of the account, newest first. */
    public List<PasswordHash> lastPasswords(Connection c, long accountId, int count) throws SQLException {
        List<PasswordHash> hashes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT salt, iterations, hash FROM password_history "
                + "WHERE account_id = ? ORDER BY id DESC")) {
            ps.setLong(1, accountId);
            ps.setMaxRows(count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.add(new PasswordHash(Secrets.unhex(rs.getString(1)), rs.getInt(2), Secrets.unhex(rs.getString(3))));
                }
            }
        }
        return hashes;
    }

    private static void bind(PreparedStatement ps, Account a) throws SQLException {
        ps.setString(1, a.userName());
        ps.setLong(2, a.staffId());
        ps.setBoolean(3, a.has(Role.CLERK));
        ps.setBoolean(4, a.has(Role.SECURITY_MANAGER));
        ps.setBoolean(5, a.has(Role.ADMIN));
        ps.setBoolean(6, a.mustChangePassword());
        ps.setTimestamp(7, Timestamp.from(a.createdAt()));
        ps.setTimestamp(8, a.removedAt() == null ? null : Timestamp.from(a.removedAt()));
        ps.setString(9, a.removedReason() == null ? "" : a.removedReason());
    }

    private static Account map(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (rs.getBoolean("role_clerk")) {
            roles.add(Role.CLERK);
        }
        if (rs.getBoolean("role_security_manager")) {
            roles.add(Role.SECURITY_MANAGER);
        }
        if (rs.getBoolean("role_admin")) {
            roles.add(Role.ADMIN);
        }
        Timestamp removed = rs.getTimestamp("removed_at");
        return new Account(rs.getLong("id"), rs.getString("user_name"), rs.getLong("staff_id"), roles,
                rs.getBoolean("must_change_password"), rs.getTimestamp("created_at").toInstant(),
                removed == null ? null : removed.toInstant(), rs.getString("removed_reason"));
    }
}
