package org.daicho.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.DisposalFilter;
import org.daicho.domain.FiscalYear;
import org.daicho.service.DaichoServices;
import org.daicho.service.KeyDerivation;
import org.daicho.service.Unlocked;
import org.daicho.testing.TestStores;
import org.daicho.ui.home.HomeViewModel;

/**
 * Issue 7's second target, measured (never asserted in unit tests): opening the app on the ten-year store
 * ({@link TenYearData}) shows the home screen in under 2 seconds.
 *
 * <p>Each round does what the window does after the login button: {@link DaichoServices#login} (opens the
 * account's key slot, opens and checks the H2 store, Flyway validates, records the login), then
 * {@link HomeViewModel#load}, the home screen's whole read. Both are timed: the target is from "password
 * accepted" (the slot opened) to the home data loaded, i.e. store open + home load; the slot's key derivation is
 * the test stores' 1,000 PBKDF2 rounds, where a production slot's 600,000 add about half a second before that.
 * The first round after the generator (or after a new migration) also migrates, and is reported apart.
 *
 * <p>Then, once each, the first load of the list screens on the same data, as their view models load it, with
 * the peak heap of each (the ledger keeps all 100,000 assets in memory; run with -Xmx512m to see its cost).
 *
 * <p>{@code --cold} does one login and home load in this JVM and stops: what a fresh start of the app does after
 * the password, with every class still to load and nothing compiled yet. Run it a few times as new processes.
 * The window warms the store code up while the login screen waits ({@link DaichoServices#warmUpInBackground});
 * {@code --cold --warm-up} does that warm-up first, untimed, as a clerk typing the password would let it.
 *
 * <p>Run: {@code mvn -Pbench verify -DskipTests} (execution {@code bench-home}), or
 * {@code java -Xmx512m -cp … org.daicho.bench.HomeScreenBenchmark [store folder] [--no-lists] [--cold]}.
 */
public final class HomeScreenBenchmark {

    private static final int ROUNDS = 5;

    private HomeScreenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = TenYearData.DEFAULT_DIR;
        boolean lists = true;
        boolean cold = false;
        boolean warmUp = false;
        for (String arg : args) {
            if (arg.equals("--no-lists")) {
                lists = false;
            } else if (arg.equals("--cold")) {
                cold = true;
            } else if (arg.equals("--warm-up")) {
                warmUp = true;
            } else {
                dir = Paths.get(arg);
            }
        }
        System.out.printf("Home screen benchmark — max heap %d MB, %s%n", Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        TenYearData.Summary data = TenYearData.ensure(dir, 1.0);
        System.out.println(TenYearData.describe(data));

        if (cold) {
            if (warmUp) {
                DaichoServices.warmUp(Files.createTempDirectory("daicho-bench-warm-up"));
            }
            long t0 = System.nanoTime();
            try (DaichoServices services = login(dir)) {
                long t1 = System.nanoTime();
                HomeViewModel.load(services);
                long t2 = System.nanoTime();
                System.out.printf("cold: login %.2f s, home load %.2f s, open + home %.2f s (JVM up %.2f s before)%n",
                        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9,
                        ManagementFactory.getRuntimeMXBean().getUptime() / 1e3 - (t2 - t0) / 1e9);
            }
            return;
        }
        long start = System.nanoTime();
        try (DaichoServices services = login(dir)) {
            System.out.printf("first open (migrations, caches): %.2f s%n", (System.nanoTime() - start) / 1e9);
        }
        System.out.println();
        System.out.println("round | login: slot + store open | home load | open + home (target < 2 s)  "
                + "[ledger summary, staff, carry, disposal, training]");
        List<Double> totals = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long t0 = System.nanoTime();
            try (DaichoServices services = login(dir)) {
                long t1 = System.nanoTime();
                HomeViewModel.Summary home = HomeViewModel.load(services);
                long t2 = System.nanoTime();
                double ledger = seconds(() -> services.attention().ledgerSummary());
                double staff = seconds(() -> services.staff().all());
                double carry = seconds(() -> services.carry().attention());
                double disposal = seconds(() -> services.disposal().attention());
                double training = seconds(() -> services.training().attention());
                totals.add((t2 - t0) / 1e9);
                System.out.printf("  %d   | %6.2f s | %6.2f s | %6.2f s   [%.2f, %.2f, %.2f, %.2f, %.2f]%n", round,
                        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, ledger, staff, carry, disposal, training);
                if (round == 1) {
                    System.out.printf("        home shows: %,d assets (%,d held), %,d staff, attention %s, carry %s, "
                            + "disposal %s, training %s%n", home.assets(), home.activeAssets(), home.activeStaff(),
                            home.attention(), home.carry(), home.disposal(), home.training());
                }
            }
        }
        totals.sort(null);
        System.out.printf("open + home: median %.2f s, worst %.2f s (target < 2 s)%n", totals.get(totals.size() / 2),
                totals.get(totals.size() - 1));

        if (lists) {
            System.out.println();
            System.out.println("List screens' first load (as their view models load them): time, peak heap");
            try (DaichoServices services = login(dir)) {
                FiscalYear year = FiscalYear.of(TenYearData.NOW.toLocalDate());
                measure("台帳 (ledger, all assets)", () -> services.ledger().entries().size());
                measure("持出 list, all records", () -> services.carry().list(CarryFilter.ALL).size());
                measure("持出 list, this 年度 only", () -> services.carry().list(CarryFilter.fiscalYear(year)).size());
                measure("持出 list, overdue (from home)", () -> services.carry().list(CarryFilter.overdue()).size());
                measure("廃棄 list, all records", () -> services.disposal().list(DisposalFilter.ALL).size());
                measure("history verify", () -> services.history().verify().entriesChecked());
            }
        }
    }

    static DaichoServices login(Path dir) {
        Unlocked unlocked = DaichoServices.login(dir, TestStores.ADMIN, TestStores.PASSWORD.toCharArray(),
                TenYearData.clock(), KeyDerivation.forTests());
        return unlocked.services();
    }

    private static double seconds(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Times one load and reports the heap's peak while it ran; an OutOfMemoryError is reported, not thrown. */
    static void measure(String what, Callable<?> work) {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        try {
            Object result = work.call();
            System.out.printf("  %-32s %7.2f s  %,10d rows  peak heap %,5d MB%n", what, (System.nanoTime() - start) / 1e9,
                    ((Number) result).longValue(), peakHeap() >> 20);
        } catch (OutOfMemoryError e) {
            System.out.printf("  %-32s out of memory after %.2f s (max heap %d MB)%n", what,
                    (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
        } catch (Exception e) {
            System.out.printf("  %-32s failed: %s%n", what, e);
        }
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks} (an upper bound of the live peak). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
