package org.daicho.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.daicho.domain.Account;
import org.daicho.domain.AccountField;
import org.daicho.domain.FieldError;
import org.daicho.domain.LoginPolicy;
import org.daicho.domain.PasswordRules;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.domain.ValidationException;
import org.daicho.store.AccountRepository;
import org.daicho.store.Database;
import org.daicho.store.KeySlots;
import org.daicho.store.Secrets;
import org.daicho.store.StaffRepository;

/**
 * Local accounts (policy 2.4.4②, 2.5.4(3), 2.6.2(4)(5)). Every method that changes an account other than
 * one's own password needs the システム管理者 role, checked here, not only in the UI.
 *
 * <p>An account's password opens its key slot (the store key wrapped under it); the store keeps only salted
 * PBKDF2 hashes of the last five passwords, to refuse reusing one. Slot and row change together: the slot
 * file is written inside the row's transaction, so a failure leaves both as they were.
 */
public final class AccountService {

    private final Database db;
    private final Clock clock;
    private final KeySlots slots;
    private final KeyDerivation kdf;
    private final Supplier<Account> current;
    private final Consumer<Account> currentChanged;
    private final AccountRepository accounts = new AccountRepository();
    private final StaffRepository staff = new StaffRepository();
    private final HistoryService history;
    private final Supplier<Actor> actor;

    AccountService(Database db, Clock clock, KeySlots slots, KeyDerivation kdf, Supplier<Account> current,
            Consumer<Account> currentChanged, HistoryService history, Supplier<Actor> actor) {
        this.db = db;
        this.history = history;
        this.actor = actor;
        history.track(RecordType.ACCOUNT, new HistoryService.CurrentRecords() {
            @Override
            public void forEach(Connection c, HistoryService.RecordConsumer consumer) throws SQLException {
                for (Account a : accounts.findAll(c)) {
                    consumer.accept(a.id(), fields(c, a));
                }
            }

            @Override
            public java.util.Optional<java.util.Map<String, String>> find(Connection c, long id) throws SQLException {
                java.util.Optional<Account> found = accounts.findById(c, id);
                return found.isPresent() ? java.util.Optional.of(fields(c, found.get())) : java.util.Optional.empty();
            }
        });
        this.clock = clock;
        this.slots = slots;
        this.kdf = kdf;
        this.current = current;
        this.currentChanged = currentChanged;
    }

    /** Every account, removed ones included (they keep their rows for the history). */
    public List<Account> all() {
        return db.read(accounts::findAll);
    }

    /** The account now logged in. */
    public Account current() {
        return current.get();
    }

    /**
     * Makes an account for a staff member with a temporary password, which must be changed at the first login.
     *
     * @throws ValidationException user name taken or malformed, password too short, no role, …
     * @throws SecurityException   when the current account is not a システム管理者
     */
    public Account create(String userName, long staffId, Set<Role> roles, char[] temporaryPassword) {
        requireAdmin();
        String name = userName == null ? "" : userName.strip();
        List<FieldError> errors = new ArrayList<>(PasswordRules.checkUserName(name));
        errors.addAll(PasswordRules.checkNewPassword(name, temporaryPassword, null));
        if (roles == null || roles.isEmpty()) {
            errors.add(FieldError.of(AccountField.ROLES, "validation.choose"));
        }
        return db.inTransaction(c -> {
            if (errors.stream().noneMatch(e -> e.field().equals(AccountField.USER_NAME.name()))
                    && accounts.findByUserName(c, name).isPresent()) {
                errors.add(FieldError.of(AccountField.USER_NAME, "validation.userName.taken", name));
            }
            boolean staffActive = staff.findAll(c).stream()
                    .anyMatch(s -> s.id() == staffId && s.isActiveOn(clock.instant().atZone(clock.getZone()).toLocalDate()));
            if (!staffActive) {
                errors.add(FieldError.of(AccountField.STAFF, "validation.choose"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Account account = accounts.insert(c, new Account(null, name, staffId, roles, true, clock.instant(), null, ""));
            setPassword(c, account, temporaryPassword);
            recordChange(c, java.util.Map.of(), account, "");
            return account;
        });
    }

    /** Changes the roles of an account; the store always keeps at least one active システム管理者. */
    public Account changeRoles(long accountId, Set<Role> roles) {
        requireAdmin();
        if (roles == null || roles.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of(AccountField.ROLES, "validation.choose")));
        }
        return db.inTransaction(c -> {
            Account before = existing(c, accountId);
            if (before.has(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
                requireAnotherAdmin(c, before);
            }
            java.util.Map<String, String> old = fields(c, before);
            Account after = new Account(before.id(), before.userName(), before.staffId(), roles,
                    before.mustChangePassword(), before.createdAt(), before.removedAt(), before.removedReason());
            accounts.update(c, after);
            recordChange(c, old, after, "");
            return after;
        });
    }

    /**
     * Changes the current account's own password: the current one must be right; the new one at least 12
     * characters, not the user name, not one of the last five. Clears the temporary-password flag.
     *
     * @throws ValidationException with a message per field (fields of {@link AccountField})
     */
    public void changeOwnPassword(char[] currentPassword, char[] newPassword, char[] confirmation) {
        Account me = current();
        if (!checkPassword(currentPassword)) {
            throw new ValidationException(List.of(FieldError.of(AccountField.PASSWORD, "validation.password.wrong")));
        }
        List<FieldError> errors = new ArrayList<>(PasswordRules.checkNewPassword(me.userName(), newPassword, confirmation));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Account changed = db.inTransaction(c -> {
            if (isRecentPassword(c, me.id(), newPassword)) {
                throw new ValidationException(List.of(FieldError.of(AccountField.NEW_PASSWORD,
                        "validation.password.reused", PasswordRules.HISTORY)));
            }
            java.util.Map<String, String> old = fields(c, me);
            Account after = new Account(me.id(), me.userName(), me.staffId(), me.roles(), false, me.createdAt(),
                    me.removedAt(), me.removedReason());
            accounts.update(c, after);
            setPassword(c, after, newPassword);
            recordChange(c, old, after, "");
            return after;
        });
        currentChanged.accept(changed);
    }

    /** Gives another account a new temporary password (a forgotten password loses no records). */
    public void resetPassword(long accountId, char[] temporaryPassword) {
        requireAdmin();
        db.inTransaction(c -> {
            Account before = existing(c, accountId);
            List<FieldError> errors = PasswordRules.checkNewPassword(before.userName(), temporaryPassword, null);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            java.util.Map<String, String> old = fields(c, before);
            Account after = new Account(before.id(), before.userName(), before.staffId(), before.roles(), true,
                    before.createdAt(), before.removedAt(), before.removedReason());
            accounts.update(c, after);
            // a new password also lifts a lock from wrong guesses
            slots.setLoginState(after.userName(), KeySlots.LoginState.NONE);
            setPassword(c, after, temporaryPassword);
            recordChange(c, old, after, "");
            return null;
        });
    }

    /** Removes an account (a state with a reason, never a deleted row) and its key slot. */
    public void remove(long accountId, String reason) {
        requireAdmin();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of(AccountField.REASON, "validation.required")));
        }
        if (current().id() == accountId) {
            throw new ValidationException(List.of(FieldError.of(AccountField.USER_NAME, "validation.account.removeSelf")));
        }
        db.inTransaction(c -> {
            Account before = existing(c, accountId);
            if (before.has(Role.ADMIN)) {
                requireAnotherAdmin(c, before);
            }
            java.util.Map<String, String> old = fields(c, before);
            Account after = new Account(before.id(), before.userName(), before.staffId(), before.roles(),
                    before.mustChangePassword(), before.createdAt(), clock.instant(), why);
            accounts.update(c, after);
            recordChange(c, old, after, why);
            // removing the account removes its slot: its password no longer opens the store
            slots.remove(before.userName());
            slots.save();
            return null;
        });
    }

    /** Whether {@code password} is the current account's password (to unlock the idle-locked window). */
    public boolean checkPassword(char[] password) {
        try {
            slots.open(current().userName(), password);
            return true;
        } catch (Secrets.WrongSecretException wrong) {
            return false;
        }
    }

    public LoginPolicy loginPolicy() {
        return slots.policy();
    }

    public void saveLoginPolicy(LoginPolicy policy) {
        requireAdmin();
        slots.setPolicy(policy);
        slots.save();
    }

    /** Replaces the recovery key; the new code is returned once, to be printed and kept in the safe. */
    public String newRecoveryKey() {
        requireAdmin();
        String code = RecoveryKeys.generate();
        slots.put(KeySlots.RECOVERY, RecoveryKeys.normalise(code), db.key(), kdf.iterations());
        slots.setLoginState(KeySlots.RECOVERY, KeySlots.LoginState.NONE);
        slots.save();
        return code;
    }

    /**
     * An account made by the app itself, with a password its owner chose: the first administrator at first
     * start, the demo accounts. No temporary password, no role check (nobody is logged in yet).
     */
    Account addInitialAccount(String userName, long staffId, Set<Role> roles, char[] password) {
        return db.inTransaction(c -> {
            Account account = accounts.insert(c, new Account(null, userName, staffId, roles, false, clock.instant(), null, ""));
            setPassword(c, account, password);
            recordChange(c, java.util.Map.of(), account, "");
            return account;
        });
    }

    /** Records that {@code userName} is logged in now (the first administrator, right after first start). */
    void noteLogin(String userName) {
        slots.setLoginState(userName, new KeySlots.LoginState(0, 0, null, null, clock.instant()));
        slots.save();
    }

    /**
     * After the recovery key opened the store: gives the named active システム管理者 the new password (checked
     * against the rules and the last five) and lifts any lock on it.
     */
    Account recoverAdministrator(String userName, char[] newPassword) {
        return db.inTransaction(c -> {
            Account admin = accounts.findByUserName(c, userName).filter(Account::isActive).filter(a -> a.has(Role.ADMIN))
                    .orElseThrow(() -> new ValidationException(List.of(
                            FieldError.of(AccountField.USER_NAME, "validation.recovery.notAdmin", userName))));
            if (isRecentPassword(c, admin.id(), newPassword)) {
                throw new ValidationException(List.of(FieldError.of(AccountField.NEW_PASSWORD,
                        "validation.password.reused", PasswordRules.HISTORY)));
            }
            java.util.Map<String, String> old = fields(c, admin);
            Account after = new Account(admin.id(), admin.userName(), admin.staffId(), admin.roles(), false,
                    admin.createdAt(), null, "");
            accounts.update(c, after);
            setPassword(c, after, newPassword);
            recordChange(c, old, after, "recovery key");
            return after;
        });
    }

    private java.util.Map<String, String> fields(Connection c, Account a) throws SQLException {
        return RecordFields.of(a, accounts.passwordCount(c, a.id()));
    }

    /** Writes the account's history entry in the same transaction (policy 2.6.1(6)). */
    private void recordChange(Connection c, java.util.Map<String, String> before, Account after, String reason)
            throws SQLException {
        history.record(c, actor.get(), RecordType.ACCOUNT, after.id(), before, fields(c, after), reason);
    }

    /** Wraps the store key under the password and remembers the password's hash; inside the caller's transaction. */
    void setPassword(Connection c, Account account, char[] password) throws SQLException {
        byte[] salt = Secrets.randomBytes(16);
        accounts.addPassword(c, account.id(),
                new AccountRepository.PasswordHash(salt, kdf.iterations(), Secrets.derive(password, salt, kdf.iterations())),
                clock.instant());
        slots.put(account.userName(), password, db.key(), kdf.iterations());
        slots.save();
    }

    private boolean isRecentPassword(Connection c, long accountId, char[] password) throws SQLException {
        for (AccountRepository.PasswordHash old : accounts.lastPasswords(c, accountId, PasswordRules.HISTORY)) {
            if (Secrets.sameBytes(old.hash(), Secrets.derive(password, old.salt(), old.iterations()))) {
                return true;
            }
        }
        return false;
    }

    private Account existing(Connection c, long accountId) throws SQLException {
        Account account = accounts.findById(c, accountId)
                .orElseThrow(() -> new IllegalArgumentException("no account " + accountId));
        if (!account.isActive()) {
            throw new ValidationException(List.of(FieldError.of(AccountField.USER_NAME, "validation.account.removed")));
        }
        return account;
    }

    private void requireAnotherAdmin(Connection c, Account losing) throws SQLException {
        boolean another = accounts.findAll(c).stream()
                .anyMatch(a -> a.isActive() && a.has(Role.ADMIN) && !a.id().equals(losing.id()));
        if (!another) {
            throw new ValidationException(List.of(FieldError.of(AccountField.ROLES, "validation.account.lastAdmin")));
        }
    }

    private void requireAdmin() {
        Account me = current();
        if (me == null || !me.has(Role.ADMIN)) {
            throw new SecurityException("システム管理者の操作です / administrators only");
        }
    }

    /** The staff member an account belongs to (for its display name). */
    public Staff staffOf(Account account) {
        return db.read(c -> staff.findAll(c).stream().filter(s -> s.id() == account.staffId()).findFirst().orElse(null));
    }
}
