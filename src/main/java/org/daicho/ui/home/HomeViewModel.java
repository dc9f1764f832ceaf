package org.daicho.ui.home;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.daicho.domain.AttentionKind;
import org.daicho.domain.CarryAttention;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.Staff;
import org.daicho.service.DaichoServices;
import org.daicho.service.DisposalAttention;
import org.daicho.service.TrainingAttention;
import org.daicho.ui.common.UiTasks;

/** What the home screen shows: the counts of each attention item and a few totals, loaded off the FX thread. */
public final class HomeViewModel {

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
        UiTasks.start(progress -> {
            List<LedgerEntry> entries = services.ledger().entries();
            List<Staff> staff = services.staff().all();
            var today = services.ledger().today();
            int active = (int) entries.stream().filter(e -> !e.asset().isReadOnly()).count();
            int activeStaff = (int) staff.stream().filter(s -> s.isActiveOn(today)).count();
            return new Summary(services.settings().settings(), FiscalYear.of(today), entries.size(), active,
                    activeStaff, services.attention().assetAttention(entries), services.carry().attention(),
                    services.disposal().attention(),
                    services.training().attention());
        }, summary::set, onFailure);
    }

    public ObjectProperty<Summary> summary() {
        return summary;
    }
}
