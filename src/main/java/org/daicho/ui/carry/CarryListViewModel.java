package org.daicho.ui.carry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryRecord;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.DateInput;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ExportProtection;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.ExportProtectionChoice;
import org.daicho.ui.common.RecordRoles;
import org.daicho.ui.common.UiTasks;

/**
 * The 持出・持込 list's state: every record loaded off the FX thread, filtered in memory by status, 区分,
 * period (planned out day), person and asset, and whether each action fits the selected record's status and
 * the account's roles (the service refuses the rest anyway).
 */
public final class CarryListViewModel {

    private final DaichoServices services;
    private final Messages messages;
    private List<CarryEntry> all = List.of();
    private final ObservableList<CarryEntry> shown = FXCollections.observableArrayList();
    private final ObservableList<Staff> people = FXCollections.observableArrayList();
    private final ObservableList<FiscalYear> fiscalYears = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DateStyle> dateStyle = new ReadOnlyObjectWrapper<>(DateStyle.WAREKI);
    private LocalDateTime now = LocalDateTime.now();

    private final ObjectProperty<CarryStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<CarryKind> kind = new SimpleObjectProperty<>();
    private final StringProperty fromText = new SimpleStringProperty("");
    private final StringProperty toText = new SimpleStringProperty("");
    private final ObjectProperty<Staff> person = new SimpleObjectProperty<>();
    private final StringProperty assetText = new SimpleStringProperty("");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<FiscalYear> exportYear = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** A person chosen before the staff arrived (the home screen opens the list this way). */
    private Long pendingPersonId;

    public CarryListViewModel(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        status.addListener((obs, old, value) -> applyFilter());
        kind.addListener((obs, old, value) -> applyFilter());
        fromText.addListener((obs, old, value) -> applyFilter());
        toText.addListener((obs, old, value) -> applyFilter());
        person.addListener((obs, old, value) -> applyFilter());
        assetText.addListener((obs, old, value) -> applyFilter());
        overdueOnly.addListener((obs, old, value) -> applyFilter());
    }

    /** Reloads every record and the staff off the FX thread; the filter stays as it is. */
    public void load(Runnable onLoaded, Consumer<Throwable> onFailure) {
        loading.set(true);
        UiTasks.start(progress -> new Loaded(services.carry().list(CarryFilter.ALL), services.staff().all(),
                services.settings().settings().dateStyle(), services.carry().now()), loaded -> {
                    now = loaded.now();
                    dateStyle.set(loaded.dateStyle());
                    all = loaded.entries();
                    Long chosen = person.get() != null ? person.get().id() : pendingPersonId;
                    people.setAll(loaded.staff());
                    pendingPersonId = null;
                    person.set(chosen == null ? null
                            : loaded.staff().stream().filter(s -> s.id().equals(chosen)).findFirst().orElse(null));
                    updateFiscalYears();
                    applyFilter();
                    loading.set(false);
                    onLoaded.run();
                }, error -> {
                    loading.set(false);
                    onFailure.accept(error);
                });
    }

    private record Loaded(List<CarryEntry> entries, List<Staff> staff, DateStyle dateStyle, LocalDateTime now) {
    }

    /** The 年度 of the records, and this one, newest first; this 年度 chosen for the 記録簿 unless one was. */
    private void updateFiscalYears() {
        TreeSet<Integer> years = new TreeSet<>();
        years.add(FiscalYear.of(now.toLocalDate()).startYear());
        all.forEach(e -> years.add(e.record().fiscalYear().startYear()));
        FiscalYear chosen = exportYear.get();
        fiscalYears.setAll(years.descendingSet().stream().map(FiscalYear::new).toList());
        exportYear.set(chosen != null && fiscalYears.contains(chosen) ? chosen : FiscalYear.of(now.toLocalDate()));
    }

    /** Sets every filter control from {@code filter} (the home screen opens the list this way). */
    public void setFilter(CarryFilter filter) {
        DateStyle style = dateStyle.get();
        status.set(filter.status());
        kind.set(filter.kind());
        fromText.set(filter.from() == null ? "" : style.format(filter.from()));
        toText.set(filter.to() == null ? "" : style.format(filter.to()));
        pendingPersonId = filter.staffId();
        person.set(filter.staffId() == null ? null
                : people.stream().filter(s -> s.id().equals(filter.staffId())).findFirst().orElse(null));
        assetText.set("");
        overdueOnly.set(filter.overdueOnly());
        applyFilter();
    }

    public void clearFilter() {
        setFilter(CarryFilter.ALL);
    }

    /** The filter the controls describe; empty while a period date cannot be read. */
    Optional<CarryFilter> currentFilter() {
        LocalDate from;
        LocalDate to;
        try {
            from = DateInput.parse(fromText.get()).orElse(null);
            to = DateInput.parse(toText.get()).orElse(null);
        } catch (DateInput.InvalidDateException e) {
            periodError.set(messages.get("carry.ui.filter.badDate", e.getMessage().strip()));
            return Optional.empty();
        }
        periodError.set("");
        Staff chosen = person.get();
        return Optional.of(new CarryFilter(status.get(), kind.get(), from, to, chosen == null ? null : chosen.id(),
                null, overdueOnly.get()));
    }

    private void applyFilter() {
        Optional<CarryFilter> filter = currentFilter();
        if (filter.isEmpty()) {
            return; // keep the rows until the date reads
        }
        String[] words = LedgerEntry.normalise(assetText.get()).strip().split("\\s+");
        List<CarryEntry> rows = new ArrayList<>();
        for (CarryEntry entry : all) {
            if (!filter.get().matches(entry, now)) {
                continue;
            }
            String target = LedgerEntry.normalise(entry.targetText());
            boolean matches = true;
            for (String word : words) {
                if (!word.isEmpty() && !target.contains(word)) {
                    matches = false;
                    break;
                }
            }
            if (matches) {
                rows.add(entry);
            }
        }
        shown.setAll(rows);
        countText.set(rows.size() == all.size() ? messages.get("carry.ui.count.all", all.size())
                : messages.get("carry.ui.count.filtered", rows.size(), all.size()));
    }

    // ---- what the rows show -----------------------------------------------------------------------------

    public boolean isOverdue(CarryEntry entry) {
        return entry.isOverdue(now);
    }

    /** 状態, with the days of 返却遅延 for an overdue record. */
    public String statusText(CarryEntry entry) {
        String label = messages.label(entry.record().status());
        if (isOverdue(entry)) {
            return messages.get("carry.ui.status.overdue", label, entry.record().daysOverdue(now.toLocalDate()));
        }
        return label;
    }

    /** A date-time as the table shows it: R8.11.24 9:00 (or 2026/11/24 9:00). */
    public String time(LocalDateTime time) {
        return DateTimeText.shortTime(time, dateStyle.get());
    }

    public String date(LocalDateTime time) {
        return time == null ? "" : DateTimeText.shortDate(time.toLocalDate(), dateStyle.get());
    }

    /** 持出日時: when it went out, or 「予定」 and the planned time before then. */
    public String outText(CarryEntry entry) {
        CarryRecord r = entry.record();
        if (r.actualOut() != null) {
            return time(r.actualOut());
        }
        return r.status().isFinal() ? "" : messages.get("carry.ui.planned", time(r.plannedOut()));
    }

    public String approverText(CarryEntry entry) {
        CarryRecord r = entry.record();
        if (entry.approverName().isEmpty()) {
            return r.permissionRequired() ? "" : messages.get("carry.ui.notRequired");
        }
        return r.paperApproval() ? messages.get("carry.ui.paper", entry.approverName()) : entry.approverName();
    }

    // ---- what may be done -------------------------------------------------------------------------------

    /** 申請, 持出, 返却 and 取消 are recorded by 事務担当 or システム管理者. */
    public boolean mayRecord() {
        return RecordRoles.mayRecord(services);
    }

    /** 許可・却下 in the app is the 情報セキュリティ管理者's. */
    public boolean mayDecide() {
        return RecordRoles.mayDecideInApp(services);
    }

    /** 紙決裁 may be recorded by 事務担当, システム管理者 or 情報セキュリティ管理者. */
    public boolean mayRecordPaper() {
        return RecordRoles.mayRecordPaper(services);
    }

    static boolean awaitsDecision(CarryEntry entry) {
        return entry != null && entry.record().status() == CarryStatus.REQUESTED;
    }

    /** 持出 from 申請中 too: the service then says why permission is needed first. */
    static boolean mayGoOut(CarryEntry entry) {
        return entry != null && (entry.record().status() == CarryStatus.REQUESTED
                || entry.record().status() == CarryStatus.APPROVED);
    }

    static boolean mayReturn(CarryEntry entry) {
        return entry != null && entry.record().status() == CarryStatus.OUT;
    }

    static boolean mayCancel(CarryEntry entry) {
        return mayGoOut(entry);
    }

    // ---- forms ------------------------------------------------------------------------------------------

    /**
     * What the clerk is asked before an export: the file name to suggest, and the highest 機密性 in the form (2 or
     * more pre-selects its encryption).
     */
    public record ExportPlan(String fileName, int confidentiality) {
    }

    /** Asks the service for the log's file name and 機密性 off the FX thread (it reads the store), then hands them on. */
    public void logExportPlan(FiscalYear year, Consumer<ExportPlan> onPlan, Consumer<Throwable> onFailure) {
        UiTasks.start(progress -> new ExportPlan(services.carry().carryLogFileName(year, messages),
                services.carry().carryLogConfidentiality(year)), onPlan, onFailure);
    }

    public void applicationExportPlan(long id, Consumer<ExportPlan> onPlan, Consumer<Throwable> onFailure) {
        UiTasks.start(progress -> new ExportPlan(services.carry().applicationFileName(id, messages),
                services.carry().applicationConfidentiality(id)), onPlan, onFailure);
    }

    /**
     * Writes the 持出・持込記録簿 of {@code year} with its 返却遅延 sheet, off the FX thread, as {@code protection} says
     * (its password is cleared afterwards).
     */
    public Task<Path> exportLog(FiscalYear year, Path out, ExportProtection protection, Consumer<Path> onDone,
            Consumer<Throwable> onFailure) {
        return UiTasks.start(ExportProtectionChoice.clearingAfter(protection,
                progress -> services.carry().exportCarryLog(year, out, protection, messages, progress)), onDone,
                onFailure);
    }

    /** Writes one record's 申請書, off the FX thread, as {@code protection} says (cleared afterwards). */
    public Task<Path> exportApplication(long id, Path out, ExportProtection protection, Consumer<Path> onDone,
            Consumer<Throwable> onFailure) {
        return UiTasks.start(ExportProtectionChoice.clearingAfter(protection,
                progress -> services.carry().exportApplication(id, out, protection, messages, progress)), onDone,
                onFailure);
    }

    // ---- properties -------------------------------------------------------------------------------------

    public ObservableList<CarryEntry> rows() {
        return shown;
    }

    public ObservableList<Staff> people() {
        return people;
    }

    public ObservableList<FiscalYear> fiscalYears() {
        return fiscalYears;
    }

    public ObjectProperty<FiscalYear> exportYear() {
        return exportYear;
    }

    public ReadOnlyObjectProperty<DateStyle> dateStyle() {
        return dateStyle.getReadOnlyProperty();
    }

    public ObjectProperty<CarryStatus> status() {
        return status;
    }

    public ObjectProperty<CarryKind> kind() {
        return kind;
    }

    public StringProperty fromText() {
        return fromText;
    }

    public StringProperty toText() {
        return toText;
    }

    public ObjectProperty<Staff> person() {
        return person;
    }

    public StringProperty assetText() {
        return assetText;
    }

    public BooleanProperty overdueOnly() {
        return overdueOnly;
    }

    public ReadOnlyStringProperty periodError() {
        return periodError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countText() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }
}
