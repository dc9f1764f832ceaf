package org.daicho.service;

import java.nio.file.Path;
import java.time.Clock;
import org.daicho.domain.OrganisationSetup;
import org.daicho.store.Database;

/**
 * The services over one open store: what the window and the command line both use. Closing it closes the
 * store.
 */
public final class DaichoServices implements AutoCloseable {

    public static final String VERSION = "0.1.0";

    private final Database db;
    private final SettingsService settings;
    private final LedgerService ledger;
    private final StaffService staff;
    private final ExportService exports;
    private final AttentionService attention;
    private final DemoDataService demo;

    /** The account now logged in; every change is recorded in its name. */
    private volatile Actor actor = Actor.SYSTEM;

    private DaichoServices(Database db, Clock clock) {
        this.db = db;
        this.settings = new SettingsService(db);
        this.ledger = new LedgerService(db, clock);
        this.staff = new StaffService(db);
        this.exports = new ExportService(settings, clock);
        this.attention = new AttentionService(clock);
        this.demo = new DemoDataService(db, settings, clock);
    }

    /** Whether the data folder already holds a store (if not, the first-start screen is due). */
    public static boolean storeExists(Path dataDir) {
        return Database.exists(dataDir);
    }

    /** Opens the store in an existing data folder. */
    public static DaichoServices open(Path dataDir, Clock clock) {
        return new DaichoServices(Database.open(dataDir), clock);
    }

    /** Makes the data folder and its store from what the first-start screen asked. */
    public static DaichoServices create(Path dataDir, OrganisationSetup setup, Clock clock) {
        setup.validate().orThrow();
        return createWith(dataDir, clock, services -> services.settings.initialise(setup));
    }

    /** Makes a store and fills it; if anything fails, the half-made store is removed again. */
    private static DaichoServices createWith(Path dataDir, Clock clock, java.util.function.Consumer<DaichoServices> fill) {
        Database db = Database.create(dataDir, VERSION);
        DaichoServices services = new DaichoServices(db, clock);
        try {
            fill.accept(services);
            return services;
        } catch (RuntimeException e) {
            db.discardNew();
            throw e;
        }
    }

    /** Makes a new data folder filled with the synthetic demo organisation (policy 2.6.3: no real people). */
    public static DaichoServices createDemo(Path dataDir, Clock clock) {
        return createWith(dataDir, clock, services -> {
            services.settings.initialise(DemoDataService.SETUP);
            services.demo.fill();
        });
    }

    public Actor actor() {
        return actor;
    }

    void actAs(Actor who) {
        this.actor = who;
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

    public ExportService exports() {
        return exports;
    }

    public AttentionService attention() {
        return attention;
    }

    @Override
    public void close() {
        db.close();
    }
}
