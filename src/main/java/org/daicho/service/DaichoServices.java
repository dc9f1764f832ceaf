package org.daicho.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.daicho.domain.Account;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FieldError;
import org.daicho.domain.LoginPolicy;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.PasswordRules;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.StaffValidator;
import org.daicho.domain.ValidationException;
import org.daicho.store.AccountRepository;
import org.daicho.store.Database;
import org.daicho.store.KeySlots;
import org.daicho.store.Secrets;
import org.daicho.store.StoreException;
import org.daicho.store.StoreKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services over one open store: what the window and the command line both use. A store is opened only
 * by logging in (or with the recovery key): the password opens the account's key slot, whose key decrypts
 * the H2 file (policy 2.4.4⑤; docs/decisions/0005). Closing it closes the store.
 */
public final class DaichoServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DaichoServices.class);

    public static final String VERSION = "0.1.0";
    /** The accounts the demo organisation gets: システム管理者, 情報セキュリティ管理者, 事務担当. */
    public static final List<String> DEMO_ACCOUNTS = List.of("admin", "kanri", "tanto");
    /** The password of the demo accounts when the demo is made from the window (shown on its login screen). */
    public static final String DEMO_PASSWORD = "demo-password-2026";

    private final Database db;
    private final SettingsService settings;
    private final LedgerService ledger;
    private final StaffService staff;
    private final StaffImportService staffImport;
    private final ExportService exports;
    private final AttentionService attention;
    private final DemoDataService demo;
    private final HistoryService history;
    private final CarryService carry;
    private final DisposalService disposal;
    private final TrainingService training;
    private final InspectionService inspection;
    private final AuditBookService auditBook;
    private final BackupService backups;

    private final AccountService accounts;

    /** The account now logged in; every change is recorded in its name. */
    private volatile Actor actor = Actor.SYSTEM;
    private volatile Account account;

    private DaichoServices(Database db, Clock clock, KeySlots slots, KeyDerivation kdf) {
        this.db = db;
        this.history = new HistoryService(db, clock);
        this.accounts = new AccountService(db, clock, slots, kdf, () -> account, this::loggedInAs, history, this::actor);
        this.settings = new SettingsService(db, history, this::actor);
        this.ledger = new LedgerService(db, clock, history, this::actor);
        this.staff = new StaffService(db, history, this::actor);
        this.staffImport = new StaffImportService(db, staff, this::actor);
        this.exports = new ExportService(settings, clock);
        this.attention = new AttentionService(db, clock);
        this.demo = new DemoDataService(db, settings, clock, history, this::actor);
        this.carry = new CarryService(db, clock, history, this::actor, settings);
        this.disposal = new DisposalService(db, clock, history, this::actor, settings);
        this.training = new TrainingService(db, clock, history, this::actor, settings);
        this.inspection = new InspectionService(db, clock, history, this::actor, training);
        this.auditBook = new AuditBookService(db, clock, settings, inspection, this::actor);
        this.backups = new BackupService(db, clock, settings, this::actor);
    }

    /** Whether the data folder already holds a store (if not, the first-start screen is due). */
    public static boolean storeExists(Path dataDir) {
        return Database.exists(dataDir);
    }

    /**
     * Whether the store file looks whole before login (size and header; the full check needs the key and is made
     * on login). Returns the file when it is damaged, empty otherwise.
     */
    public static java.util.Optional<Path> damagedStoreFile(Path dataDir) {
        try {
            Database.checkFile(dataDir);
            return java.util.Optional.empty();
        } catch (StoreException e) {
            return e.reason() == StoreException.Reason.DAMAGED
                    ? java.util.Optional.of(dataDir.resolve(Database.STORE_FILE)) : java.util.Optional.empty();
        }
    }

    /**
     * Starts, once per process, the warm-up ({@link StoreWarmUp}) on a background thread: for the login screen,
     * while the clerk types the password. A throw-away store in the temp folder; nothing of the data folder is
     * touched. A login stops it.
     */
    public static void warmUpInBackground() {
        if (WARMED_UP.compareAndSet(false, true)) {
            Path scratch = Path.of(System.getProperty("java.io.tmpdir"), "daicho-warmup-" + UUID.randomUUID());
            Thread warm = new Thread(() -> warmUp(scratch), "daicho-warm-up");
            warm.setDaemon(true);
            warm.setPriority(Thread.MIN_PRIORITY);
            warm.start();
        }
    }

    /**
     * Runs the warm-up on this thread, in {@code scratch} (a folder of its own, removed afterwards); a login
     * meanwhile stops it. For {@link #warmUpInBackground} and the home-screen benchmark.
     */
    public static void warmUp(Path scratch) {
        warmUp(new StoreWarmUp(scratch, Clock.systemDefaultZone()));
    }

    static int warmUp(StoreWarmUp warmUp) {
        RUNNING_WARM_UP.set(warmUp);
        try {
            return warmUp.run();
        } finally {
            RUNNING_WARM_UP.compareAndSet(warmUp, null);
        }
    }

    private static final AtomicReference<StoreWarmUp> RUNNING_WARM_UP = new AtomicReference<>();

    /** A login needs the processor more than the warm-up does (2 cores on the office PC). */
    private static void stopWarmUp() {
        StoreWarmUp running = RUNNING_WARM_UP.get();
        if (running != null) {
            running.stop();
        }
    }

    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

    /** The store file of a data folder (to name it in messages). */
    public static Path storeFile(Path dataDir) {
        return dataDir.resolve(Database.STORE_FILE);
    }

    /** The login policy, readable before login (the lockout must work while the store is still closed). */
    public static LoginPolicy loginPolicy(Path dataDir) {
        return KeySlots.exists(dataDir) ? KeySlots.load(dataDir).policy() : LoginPolicy.DEFAULT;
    }

    /**
     * Makes the data folder and its encrypted store from what the first-start screen asked, with the first
     * システム管理者, and logs in as that administrator. The recovery key is returned once, never stored in clear.
     */
    public static NewStore create(Path dataDir, OrganisationSetup setup, FirstAdministrator admin, Clock clock,
            KeyDerivation kdf) {
        List<FieldError> errors = new ArrayList<>(setup.validate().errors());
        LocalDate today = LocalDate.now(clock);
        StaffDraft adminStaff = new StaffDraft(admin.staffNo(), admin.name(), admin.kana(), 0L, EmploymentType.REGULAR,
                today.toString(), "", false, true);
        errors.addAll(StaffValidator.validate(null, adminStaff).errors());
        errors.addAll(PasswordRules.checkUserName(admin.userName()));
        errors.addAll(PasswordRules.checkNewPassword(admin.userName(), admin.password(), null));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String[] recovery = new String[1];
        DaichoServices services = createWith(dataDir, clock, kdf, s -> {
            s.settings.initialise(setup);
            long firstSection = s.settings.sections().get(0).id();
            Staff staff = s.staff.save(null, new StaffDraft(admin.staffNo(), admin.name(), admin.kana(), firstSection,
                    EmploymentType.REGULAR, today.toString(), "", false, true));
            s.loggedInAs(s.accounts.addInitialAccount(admin.userName().strip(), staff.id(),
                    EnumSet.of(Role.ADMIN, Role.CLERK), admin.password()));
            // the administrator is logged in from here on: the next login shows this one as the previous
            s.accounts.noteLogin(admin.userName().strip());
            recovery[0] = s.accounts.newRecoveryKey();
        });
        return new NewStore(services, recovery[0]);
    }

    /** Makes a store and fills it; if anything fails, the half-made store (and its key slots) is removed again. */
    private static DaichoServices createWith(Path dataDir, Clock clock, KeyDerivation kdf, Consumer<DaichoServices> fill) {
        StoreKey key = StoreKey.random();
        Database db = Database.create(dataDir, VERSION, key);
        KeySlots slots = KeySlots.createNew(dataDir);
        DaichoServices services = new DaichoServices(db, clock, slots, kdf);
        try {
            fill.accept(services);
            return services;
        } catch (RuntimeException e) {
            db.discardNew();
            throw e;
        }
    }

    /**
     * Makes a new data folder filled with the synthetic demo organisation (policy 2.6.3: no real people), with
     * the accounts of {@link #DEMO_ACCOUNTS}, all with {@code password}; logged in as {@code admin}.
     */
    public static NewStore createDemo(Path dataDir, char[] password, Clock clock, KeyDerivation kdf) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : DEMO_ACCOUNTS) {
            errors.addAll(PasswordRules.checkNewPassword(name, password, null));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(List.of(errors.get(0)));
        }
        String[] recovery = new String[1];
        DaichoServices services = createWith(dataDir, clock, kdf, s -> {
            s.settings.initialise(DemoDataService.SETUP);
            s.demo.fill();
            List<Staff> staff = s.staff.all();
            // the demo staff: the first of each section is its 情報セキュリティ管理者, the next one the 情報システム管理者
            Staff systemManager = staff.stream().filter(Staff::systemManager).findFirst().orElse(staff.get(0));
            Staff securityManager = staff.stream().filter(Staff::securityManager).findFirst().orElse(staff.get(0));
            Staff clerk = staff.stream().filter(m -> !m.securityManager() && !m.systemManager()).findFirst()
                    .orElse(staff.get(0));
            s.loggedInAs(s.accounts.addInitialAccount("admin", systemManager.id(), EnumSet.of(Role.ADMIN), password));
            Account kanri = s.accounts.addInitialAccount("kanri", securityManager.id(), EnumSet.of(Role.SECURITY_MANAGER),
                    password);
            Account tanto = s.accounts.addInitialAccount("tanto", clerk.id(), EnumSet.of(Role.CLERK), password);
            s.demo.fillCarries(tanto, kanri);
            s.demo.fillDisposals(tanto, kanri);
            s.demo.fillTraining();
            recovery[0] = s.accounts.newRecoveryKey();
        });
        return new NewStore(services, recovery[0]);
    }

    /** Logs in with production key derivation for any new password set in this session. */
    public static Unlocked login(Path dataDir, String userName, char[] password, Clock clock) {
        return login(dataDir, userName, password, clock, KeyDerivation.PRODUCTION);
    }

    /**
     * Logs in: checks the lock, opens the account's key slot with the password, opens the store with that key,
     * and records the login. Five wrong passwords in a row (the policy's count) lock the account for the
     * policy's minutes (policy 2.4.4②, 2.6.2(4)).
     *
     * @throws LoginException for a wrong user name or password, or a locked account
     */
    public static Unlocked login(Path dataDir, String userName, char[] password, Clock clock, KeyDerivation kdf) {
        stopWarmUp();
        long start = System.nanoTime();
        Unlocked unlocked = unlock(dataDir, userName, password, clock, kdf);
        // issue 7 (home screen within 2 s of the login on ten years of data): this and the home screen's own line
        LOG.info("logged in in {} ms (key slot and store open)", (System.nanoTime() - start) / 1_000_000);
        return unlocked;
    }

    /** {@link #login} without stopping the warm-up: the warm-up's own logins. */
    static Unlocked unlock(Path dataDir, String userName, char[] password, Clock clock, KeyDerivation kdf) {
        if (!Database.exists(dataDir)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, dataDir.toString());
        }
        KeySlots slots = KeySlots.load(dataDir);
        String name = userName == null ? "" : userName.strip();
        StoreKey key = openSlot(slots, name, password, clock, LoginException.Reason.WRONG_CREDENTIALS);
        Database db = openWithSlotKey(dataDir, key);
        DaichoServices services = new DaichoServices(db, clock, slots, kdf);
        Account account = db.read(c -> new AccountRepository().findByUserName(c, name)).orElse(null);
        if (account == null || !account.isActive()) {
            services.close();
            throw new LoginException(LoginException.Reason.WRONG_CREDENTIALS, null);
        }
        LoginRecord record = recordSuccess(slots, name, clock);
        services.loggedInAs(account);
        return new Unlocked(services, account, record);
    }

    /**
     * Opens the store with the recovery key when no administrator can log in, and gives the named システム管理者
     * the new password at once (issue "Accounts": a forgotten password must not lose the records).
     */
    public static Unlocked recover(Path dataDir, String recoveryKey, String adminUserName, char[] newPassword,
            Clock clock) {
        return recover(dataDir, recoveryKey, adminUserName, newPassword, clock, KeyDerivation.PRODUCTION);
    }

    public static Unlocked recover(Path dataDir, String recoveryKey, String adminUserName, char[] newPassword,
            Clock clock, KeyDerivation kdf) {
        if (!Database.exists(dataDir)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, dataDir.toString());
        }
        String name = adminUserName == null ? "" : adminUserName.strip();
        List<FieldError> errors = PasswordRules.checkNewPassword(name, newPassword, null);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        KeySlots slots = KeySlots.load(dataDir);
        StoreKey key = openSlot(slots, KeySlots.RECOVERY, RecoveryKeys.normalise(recoveryKey), clock,
                LoginException.Reason.WRONG_RECOVERY_KEY);
        recordSuccess(slots, KeySlots.RECOVERY, clock);
        Database db = openWithSlotKey(dataDir, key);
        DaichoServices services = new DaichoServices(db, clock, slots, kdf);
        try {
            Account admin = services.accounts.recoverAdministrator(name, newPassword);
            services.loggedInAs(admin);
            LoginRecord record = recordSuccess(slots, name, clock);
            return new Unlocked(services, admin, record);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Opens the store with a key from a key slot. The slot's AES-GCM tag proved the key right, so a store that H2
     * then cannot decrypt (90049) has damaged bytes, not a wrong key: said as DAMAGED, with a restore offered.
     */
    private static Database openWithSlotKey(Path dataDir, StoreKey key) {
        try {
            return Database.open(dataDir, key);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.ENCRYPTION) {
                throw new StoreException(StoreException.Reason.DAMAGED, e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Opens a slot, counting wrong secrets towards the lock. */
    private static StoreKey openSlot(KeySlots slots, String slot, char[] secret, Clock clock, LoginException.Reason wrong) {
        Instant now = clock.instant();
        KeySlots.LoginState state = slots.loginState(slot);
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
            throw new LoginException(LoginException.Reason.LOCKED, state.lockedUntil());
        }
        try {
            return slots.open(slot, secret);
        } catch (Secrets.WrongSecretException e) {
            if (!slots.has(slot)) {
                throw new LoginException(wrong, null); // unknown user: nothing to count
            }
            LoginPolicy policy = slots.policy();
            int inARow = (state.lockedUntil() != null ? 0 : state.failedInARow()) + 1;
            Instant lockedUntil = inARow >= policy.maxAttempts() ? now.plus(Duration.ofMinutes(policy.lockMinutes())) : null;
            slots.setLoginState(slot, new KeySlots.LoginState(lockedUntil != null ? 0 : inARow,
                    state.failedSinceLogin() + 1, lockedUntil, now, state.lastLogin()));
            slots.save();
            if (lockedUntil != null) {
                throw new LoginException(LoginException.Reason.LOCKED, lockedUntil);
            }
            throw new LoginException(wrong, null);
        }
    }

    private static LoginRecord recordSuccess(KeySlots slots, String slot, Clock clock) {
        KeySlots.LoginState state = slots.loginState(slot);
        LoginRecord record = new LoginRecord(state.lastLogin(), state.failedSinceLogin(), state.lastFailure());
        slots.setLoginState(slot, new KeySlots.LoginState(0, 0, null, null, clock.instant()));
        slots.save();
        return record;
    }

    private void loggedInAs(Account who) {
        this.account = who;
        this.actor = new Actor(who.id(), who.userName(), who.roles());
    }

    public AccountService accounts() {
        return accounts;
    }

    public Actor actor() {
        return actor;
    }

    public Path dataDir() {
        return db.dataDir();
    }

    public SettingsService settings() {
        return settings;
    }

    public LedgerService ledger() {
        return ledger;
    }

    public StaffService staff() {
        return staff;
    }

    /** The staff list from an .xlsx or .csv file: read, preview, then all rows or none. */
    public StaffImportService staffImport() {
        return staffImport;
    }

    public ExportService exports() {
        return exports;
    }

    /** The change history of every record, and its tamper check. */
    public HistoryService history() {
        return history;
    }

    /** 持出・持込記録: applications, permission, going out and returning, and their forms. */
    public CarryService carry() {
        return carry;
    }

    public DisposalService disposal() {
        return disposal;
    }

    public TrainingService training() {
        return training;
    }

    /** 自己点検 (policy 2.9.2): each item answered from the records of a 年度, and the 委員会報告日. */
    public InspectionService inspection() {
        return inspection;
    }

    /** 監査証跡ブック (policy 2.9.1): the evidence of a 年度 in one workbook. */
    public AuditBookService auditBook() {
        return auditBook;
    }

    /** Backups of this store (policy 2.6.1(2)); their list, check and restore work without a store: {@link Backups}. */
    public BackupService backups() {
        return backups;
    }

    public AttentionService attention() {
        return attention;
    }

    @Override
    public void close() {
        db.close();
    }
}
