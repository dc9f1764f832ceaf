package org.daicho.ui.home;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.daicho.domain.AttentionKind;
import org.daicho.domain.CarryAttention;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerSummary;
import org.daicho.domain.OrganisationSettings;
import org.daicho.service.DaichoServices;
import org.daicho.service.DisposalAttention;
import org.daicho.service.Futures;
import org.daicho.service.TrainingAttention;
import org.daicho.ui.common.UiTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the home screen shows: the counts of each attention item and a few totals, loaded off the FX thread. */
public final class HomeViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(HomeViewModel.class);

    /** A snapshot of the figures the home screen shows. */
    public record Summary(OrganisationSettings settings, FiscalYear fiscalYear, int assets, int activeAssets,
            int activeStaff, Map<AttentionKind, Integer> attention, CarryAttention carry, DisposalAttention disposal,
            TrainingAttention training) {
    }

    private final DaichoServices services;
    private final ObjectProperty<Summary> summary = new SimpleObjectProperty<>();

    public HomeViewModel(DaichoServices services) {
        this.services = services;
    }

    public void refresh(Consumer<Throwable> onFailure) {
        long start = System.nanoTime();
        UiTasks.start(progress -> load(services), loaded -> {
            summary.set(loaded);
            // the performance target of issue 7 (home screen in under 2 s) is checked against this line
            LOG.info("home screen loaded in {} ms ({} ms after the process started)",
                    (System.nanoTime() - start) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime());
        }, onFailure);
    }

    /**
     * Everything the home screen shows, read from the store; the calling thread waits for it (the benchmark calls
     * it as the window does after login). Counts, not lists: with ten years of records the lists are 100,000
     * assets and 500,000 持出 records (issue 7: the home screen in under 2 seconds). The five reads are
     * independent and each takes its own connection, so they run side by side: on a fresh start they are mostly
     * pages read and decrypted, which two cores do in about half the time.
     */
    public static Summary load(DaichoServices services) {
        ExecutorService readers = Executors.newFixedThreadPool(READERS, task -> {
            Thread reader = new Thread(task, "daicho-home-reader");
            reader.setDaemon(true);
            return reader;
        });
        try {
            var today = services.ledger().today();
            Future<LedgerSummary> ledger = readers.submit(() -> services.attention().ledgerSummary());
            Future<CarryAttention> carry = readers.submit(() -> services.carry().attention());
            Future<DisposalAttention> disposal = readers.submit(() -> services.disposal().attention());
            Future<TrainingAttention> training = readers.submit(() -> services.training().attention());
            int activeStaff = (int) services.staff().all().stream().filter(s -> s.isActiveOn(today)).count();
            OrganisationSettings settings = services.settings().settings();
            LedgerSummary assets = Futures.await(ledger);
            return new Summary(settings, FiscalYear.of(today), assets.assets(), assets.activeAssets(), activeStaff,
                    assets.attention(), Futures.await(carry), Futures.await(disposal), Futures.await(training));
        } finally {
            readers.shutdownNow();
        }
    }

    /** Readers besides the calling thread: the biggest reads (ledger, carry-outs) get a core each. */
    private static final int READERS = 3;

    public ObjectProperty<Summary> summary() {
        return summary;
    }
}
