package org.daicho.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.daicho.store.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the login screen does while the clerk types the password: on a throw-away demo store in the temp folder,
 * everything a login and the home screen then do — make the store, open it with its checks, read the home
 * screen's figures a few times — so that the real login finds H2, Flyway and Daicho's reads loaded and compiled.
 *
 * <p>Issue 7 asks for the home screen within 2 s of opening a ten-year store. Cold, the JIT compiler was half of
 * that: the ledger's counts took 0.8 s in a fresh JVM and 0.4 s in one that had read another store; the store's
 * open 0.6 s against 0.2 s. Nothing of the data folder is touched, and a login stops the warm-up at its next step
 * so that the two do not share the processor.
 */
final class StoreWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWarmUp.class);

    /**
     * Logins, each reading the home screen's figures: enough for the JIT compiler to take up the hot loops. Each
     * login opens the store afresh, so its pages are read and decrypted again (H2's AES is plain Java); repeating
     * the reads within one login only hits H2's cache and did not help (measured: 8 logins gave nothing, 20 did).
     */
    static final int ROUNDS = 20;
    private static final String PASSWORD = "warm-up-password-0001";
    /** Slots of a store deleted a second later: the lowest count {@link KeyDerivation} allows is enough. */
    private static final KeyDerivation THROW_AWAY = new KeyDerivation(1_000);

    private final Path scratch;
    private final Clock clock;
    private final int rounds;
    private final Runnable afterEachRound;
    private final AtomicBoolean stop = new AtomicBoolean();

    StoreWarmUp(Path scratch, Clock clock) {
        this(scratch, clock, ROUNDS, () -> { });
    }

    /** With another number of rounds and a hook after each (tests). */
    StoreWarmUp(Path scratch, Clock clock, int rounds, Runnable afterEachRound) {
        this.scratch = scratch;
        this.clock = clock;
        this.rounds = rounds;
        this.afterEachRound = afterEachRound;
    }

    /** Makes the next step the last one. */
    void stop() {
        stop.set(true);
    }

    /**
     * Runs the warm-up and removes the throw-away store; failures are only logged (the real login reports its own).
     *
     * @return the rounds of home-screen reads done
     */
    int run() {
        long start = System.nanoTime();
        int done = 0;
        try {
            // the login's first step, the password derivation (0.6 s cold, 0.2 s compiled), on the other core
            Futures.start("daicho-warm-up-derivation", () -> Secrets.derive(PASSWORD.toCharArray(),
                    Secrets.randomBytes(16), KeyDerivation.PRODUCTION.iterations()));
            if (!stop.get()) {
                // H2, its AES file store, Flyway and every migration, then the services writing the demo records
                DaichoServices.createDemo(scratch, PASSWORD.toCharArray(), clock, THROW_AWAY).services().close();
            }
            long made = System.nanoTime();
            while (!stop.get() && done < rounds) {
                try (DaichoServices services = DaichoServices.unlock(scratch, DaichoServices.DEMO_ACCOUNTS.get(0),
                        PASSWORD.toCharArray(), clock, THROW_AWAY).services()) {
                    readHomeFigures(services);
                }
                done++;
                afterEachRound.run();
            }
            LOG.info("warmed up in {} ms: demo store {} ms, {} rounds of the home reads in {} ms{}",
                    (System.nanoTime() - start) / 1_000_000, (made - start) / 1_000_000,
                    done, (System.nanoTime() - made) / 1_000_000, stop.get() ? " (stopped by a login)" : "");
        } catch (RuntimeException e) {
            LOG.info("warm-up failed (the real login is not affected)", e);
        } finally {
            deleteAll(scratch);
        }
        return done;
    }

    private static void deleteAll(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            LOG.debug("warm-up folder left: {}", folder, e);
        }
    }

    /** The reads of the home screen (HomeViewModel), each once. */
    private static void readHomeFigures(DaichoServices services) {
        services.attention().ledgerSummary();
        services.carry().attention();
        services.disposal().attention();
        services.training().attention();
        services.staff().all();
        services.settings().settings();
    }
}
