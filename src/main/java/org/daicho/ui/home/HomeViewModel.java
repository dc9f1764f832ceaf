package org.daicho.ui.home;

import java.lang.management.ManagementFactory;
import java.util.Map;
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
     * Everything the home screen shows, read from the store on the calling thread (the benchmark calls it as
     * the window does after login). Counts, not lists: with ten years of records the lists are 100,000 assets
     * and 500,000 持出 records (issue 7: the home screen in under 2 seconds).
     */
    public static Summary load(DaichoServices services) {
        var today = services.ledger().today();
        LedgerSummary ledger = services.attention().ledgerSummary();
        int activeStaff = (int) services.staff().all().stream().filter(s -> s.isActiveOn(today)).count();
        return new Summary(services.settings().settings(), FiscalYear.of(today), ledger.assets(), ledger.activeAssets(),
                activeStaff, ledger.attention(), services.carry().attention(), services.disposal().attention(),
                services.training().attention());
    }

    public ObjectProperty<Summary> summary() {
        return summary;
    }
}
