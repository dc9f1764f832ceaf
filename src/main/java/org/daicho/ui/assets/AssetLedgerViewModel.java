package org.daicho.ui.assets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.daicho.domain.AssetFilter;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.AttentionKind;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.Section;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ExportProtection;
import org.daicho.ui.common.ExportProtectionChoice;
import org.daicho.ui.common.UiTasks;

/**
 * The ledger screen's state: every asset loaded once off the FX thread, filtered in memory as the clerk
 * types (the store is never scanned per key press: toolchain.md, H2), sorted by the table's columns.
 *
 * <p>Why not FilteredList + SortedList: with 100,000 rows a SortedList re-sorts everything on each filter
 * change (up to 90 ms a key press in the benchmark). Here the whole ledger is kept sorted in the table's
 * order, sorted again only when a column header is clicked, and each key press just filters it in order
 * into the shown list (about 10 ms).
 */
public final class AssetLedgerViewModel {

    private final DaichoServices services;
    private final Messages messages;
    private List<LedgerEntry> all = List.of();
    private static final Comparator<LedgerEntry> BY_NUMBER = Comparator.comparing(e -> e.asset().assetNo());
    private Comparator<LedgerEntry> order = null;
    private final ObservableList<LedgerEntry> shown = FXCollections.observableArrayList();
    private final ObservableList<Section> sections = FXCollections.observableArrayList();

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<AssetKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> confidentiality = new SimpleObjectProperty<>();
    private final ObjectProperty<AssetStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final ObjectProperty<AttentionKind> attention = new SimpleObjectProperty<>();
    private final StringProperty countText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public AssetLedgerViewModel(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        searchText.addListener((obs, old, now) -> applyFilter());
        kind.addListener((obs, old, now) -> applyFilter());
        confidentiality.addListener((obs, old, now) -> applyFilter());
        status.addListener((obs, old, now) -> applyFilter());
        section.addListener((obs, old, now) -> applyFilter());
        attention.addListener((obs, old, now) -> applyFilter());
        shown.addListener((javafx.collections.ListChangeListener<LedgerEntry>) change -> updateCount());
    }

    /** Reloads every asset and the sections off the FX thread; the filter stays as it is. */
    public void load(Consumer<Throwable> onFailure) {
        loading.set(true);
        UiTasks.start(progress -> new Loaded(services.ledger().entries(), services.settings().sections()),
                loaded -> {
                    Section chosen = section.get();
                    sections.setAll(loaded.sections());
                    if (chosen != null) {
                        section.set(loaded.sections().stream().filter(s -> s.id().equals(chosen.id())).findFirst()
                                .orElse(null));
                    }
                    all = sortedCopy(loaded.entries(), order);
                    applyFilter();
                    loading.set(false);
                },
                error -> {
                    loading.set(false);
                    onFailure.accept(error);
                });
    }

    private record Loaded(List<LedgerEntry> entries, List<Section> sections) {
    }

    public AssetFilter currentFilter() {
        Section chosen = section.get();
        return new AssetFilter(searchText.get(), kind.get(), confidentiality.get(), status.get(),
                chosen == null ? null : chosen.id(), attention.get());
    }

    /** Sets every filter control from {@code filter} (the home screen opens the ledger this way). */
    public void setFilter(AssetFilter filter) {
        searchText.set(filter.text());
        kind.set(filter.kind());
        confidentiality.set(filter.confidentiality());
        status.set(filter.status());
        section.set(filter.sectionId() == null ? null
                : sections.stream().filter(s -> s.id().equals(filter.sectionId())).findFirst().orElse(null));
        attention.set(filter.attention());
    }

    public void clearFilter() {
        setFilter(AssetFilter.ALL);
    }

    private void applyFilter() {
        AssetFilter filter = currentFilter();
        shown.setAll(filter.isEmpty() ? all : filter.apply(all, services.ledger().today()));
    }

    /** Sorts the ledger in the table's order (null: as loaded, by 管理番号) and shows the filtered rows again. */
    public void sortBy(Comparator<LedgerEntry> comparator) {
        order = comparator;
        all = sortedCopy(all, comparator);
        applyFilter();
    }

    private static List<LedgerEntry> sortedCopy(List<LedgerEntry> entries, Comparator<LedgerEntry> comparator) {
        List<LedgerEntry> copy = new ArrayList<>(entries);
        copy.sort(comparator == null ? BY_NUMBER : comparator);
        return copy;
    }

    private void updateCount() {
        countText.set(shown.size() == all.size()
                ? messages.get("assets.count.all", all.size())
                : messages.get("assets.count.filtered", shown.size(), all.size()));
    }

    /** A short text saying what the rows are filtered by, printed under the exported form's title. */
    public String filterDescription() {
        List<String> parts = new ArrayList<>();
        if (!searchText.get().isBlank()) {
            parts.add("「" + searchText.get().strip() + "」");
        }
        if (kind.get() != null) {
            parts.add(messages.label(kind.get()));
        }
        if (confidentiality.get() != null) {
            parts.add(messages.get("asset.field.CONFIDENTIALITY") + confidentiality.get());
        }
        if (status.get() != null) {
            parts.add(messages.label(status.get()));
        }
        if (section.get() != null) {
            parts.add(section.get().name());
        }
        if (attention.get() != null) {
            parts.add(messages.get("home.attention." + attention.get().name()));
        }
        return String.join(" / ", parts);
    }

    /**
     * Writes the rows now shown (all of them when nothing is filtered) to {@code out}, off the FX thread, as
     * {@code protection} says; its password is cleared once the file is written or the export stopped.
     */
    public Task<Path> export(Path out, ExportProtection protection, Consumer<Path> onDone,
            Consumer<Throwable> onFailure) {
        List<LedgerEntry> rows = List.copyOf(shown);
        String description = filterDescription();
        return UiTasks.start(ExportProtectionChoice.clearingAfter(protection, progress -> services.exports()
                .exportAssetLedger(rows, description, out, protection, messages, progress)), onDone, onFailure);
    }

    /** The highest 機密性 of the rows now shown: 2 or more pre-selects the export's encryption. */
    public int shownConfidentiality() {
        return services.exports().assetLedgerConfidentiality(List.copyOf(shown));
    }

    public String suggestedFileName() {
        return services.exports().assetLedgerFileName(List.copyOf(shown), messages);
    }

    /** The rows the table shows: filtered, in the table's order. */
    public ObservableList<LedgerEntry> rows() {
        return shown;
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public StringProperty searchText() {
        return searchText;
    }

    public ObjectProperty<AssetKind> kind() {
        return kind;
    }

    public ObjectProperty<Integer> confidentiality() {
        return confidentiality;
    }

    public ObjectProperty<AssetStatus> status() {
        return status;
    }

    public ObjectProperty<Section> section() {
        return section;
    }

    public ObjectProperty<AttentionKind> attention() {
        return attention;
    }

    public StringProperty countText() {
        return countText;
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }
}
