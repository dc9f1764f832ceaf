package org.daicho.ui.disposal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalFilter;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.FiscalYear;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.DisposalExport;
import org.daicho.service.EvidenceCheck;
import org.daicho.service.ExportProtection;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.ExportProtectionChoice;
import org.daicho.ui.common.RecordRoles;
import org.daicho.ui.common.UiTasks;

/**
 * The 廃棄記録 list's state: every record loaded off the FX thread, filtered in memory by 年度, 状態 and free text
 * (記録番号, 管理番号, names of assets and people), and whether each action fits the selected record's status and
 * the account's roles (the service refuses the rest anyway).
 */
public final class DisposalListViewModel {

    private final DaichoServices services;
    private final Messages messages;
    private List<DisposalEntry> all = List.of();
    private final ObservableList<DisposalEntry> shown = FXCollections.observableArrayList();
    private final ObservableList<FiscalYear> fiscalYears = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DateStyle> dateStyle = new ReadOnlyObjectWrapper<>(DateStyle.WAREKI);
    private LocalDate today = LocalDate.now();

    private final ObjectProperty<FiscalYear> year = new SimpleObjectProperty<>();
    private final ObjectProperty<DisposalStatus> status = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<FiscalYear> exportYear = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public DisposalListViewModel(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        year.addListener((obs, old, value) -> applyFilter());
        status.addListener((obs, old, value) -> applyFilter());
        text.addListener((obs, old, value) -> applyFilter());
    }

    /** Reloads every record off the FX thread; the filter stays as it is. */
    public void load(Runnable onLoaded, Consumer<Throwable> onFailure) {
        loading.set(true);
        UiTasks.start(progress -> new Loaded(services.disposal().list(DisposalFilter.ALL),
                services.settings().settings().dateStyle(), services.disposal().now()), loaded -> {
                    today = loaded.now().toLocalDate();
                    dateStyle.set(loaded.dateStyle());
                    all = loaded.entries();
                    updateFiscalYears();
                    applyFilter();
                    loading.set(false);
                    onLoaded.run();
                }, error -> {
                    loading.set(false);
                    onFailure.accept(error);
                });
    }

    private record Loaded(List<DisposalEntry> entries, DateStyle dateStyle, LocalDateTime now) {
    }

    /** The 年度 of the records and this one, newest first; this 年度 chosen for the 廃棄記録簿 unless one was. */
    private void updateFiscalYears() {
        TreeSet<Integer> years = new TreeSet<>();
        years.add(FiscalYear.of(today).startYear());
        all.forEach(e -> years.add(e.record().fiscalYear().startYear()));
        FiscalYear chosenFilter = year.get();
        FiscalYear chosenExport = exportYear.get();
        fiscalYears.setAll(years.descendingSet().stream().map(FiscalYear::new).toList());
        if (chosenFilter != null && !fiscalYears.contains(chosenFilter)) {
            fiscalYears.add(chosenFilter);
        }
        year.set(chosenFilter);
        exportYear.set(chosenExport != null && fiscalYears.contains(chosenExport) ? chosenExport
                : FiscalYear.of(today));
    }

    /** Sets the filter from {@code filter} (the home screen opens the list this way): its 年度 and 状態. */
    public void setFilter(DisposalFilter filter) {
        year.set(filter.from() == null ? null : FiscalYear.of(filter.from()));
        status.set(filter.status());
        text.set(filter.text());
        applyFilter();
    }

    public void clearFilter() {
        setFilter(DisposalFilter.ALL);
    }

    DisposalFilter currentFilter() {
        FiscalYear chosen = year.get();
        return new DisposalFilter(chosen == null ? null : chosen.firstDay(), chosen == null ? null : chosen.lastDay(),
                status.get(), text.get());
    }

    private void applyFilter() {
        List<DisposalEntry> rows = new ArrayList<>(currentFilter().apply(all));
        shown.setAll(rows);
        countText.set(rows.size() == all.size() ? messages.get("disposal.ui.count.all", all.size())
                : messages.get("disposal.ui.count.filtered", rows.size(), all.size()));
    }

    // ---- what the rows show -----------------------------------------------------------------------------

    public String statusText(DisposalEntry entry) {
        return DisposalTexts.status(entry.record(), messages);
    }

    public String targetText(DisposalEntry entry) {
        return DisposalTexts.target(entry, messages);
    }

    /** 最高機密性 as the table shows it: 「機密性2」. */
    public String confidentialityText(DisposalEntry entry) {
        return messages.get("disposal.ui.confidentiality", entry.highestConfidentiality());
    }

    /** 処理日 when done, else 申請日 marked as such. */
    public String dayText(DisposalEntry entry) {
        DisposalRecord r = entry.record();
        if (r.execution() != null) {
            return DateTimeText.shortDate(r.execution().executedAt().toLocalDate(), dateStyle.get());
        }
        return messages.get("disposal.ui.appliedOn", DateTimeText.shortDate(r.appliedAt().toLocalDate(),
                dateStyle.get()));
    }

    public String methodText(DisposalEntry entry) {
        return DisposalTexts.methodOf(entry.record(), messages);
    }

    public String performerText(DisposalEntry entry) {
        DisposalExecution e = entry.record().execution();
        if (e == null) {
            return "";
        }
        return e.performerStaffId() == null ? messages.get("disposal.ui.contractorWorker", entry.performerName())
                : entry.performerName();
    }

    public String witnessText(DisposalEntry entry) {
        return entry.witnessName();
    }

    // ---- what may be done -------------------------------------------------------------------------------

    /** 申請, 実施 and 取消, and adding evidence, are recorded by 事務担当 or システム管理者. */
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

    static boolean awaitsDecision(DisposalEntry entry) {
        return entry != null && entry.record().status() == DisposalStatus.REQUESTED;
    }

    static boolean mayExecute(DisposalEntry entry) {
        return entry != null && entry.record().status() == DisposalStatus.APPROVED;
    }

    static boolean mayCancel(DisposalEntry entry) {
        return entry != null && entry.record().status().isOpen();
    }

    // ---- the 廃棄記録簿 ------------------------------------------------------------------------------------

    /**
     * Writes the 廃棄記録簿 of {@code year} into {@code folder} (with the evidence folder beside it), off the FX
     * thread. The task can be cancelled; nothing is left behind then.
     */
    public Task<DisposalExport> exportLog(FiscalYear fiscalYear, Path folder, ExportProtection protection,
            Consumer<DisposalExport> onDone, Consumer<Throwable> onFailure) {
        return UiTasks.start(ExportProtectionChoice.clearingAfter(protection,
                progress -> services.disposal().exportLog(fiscalYear, folder, protection, messages, progress)), onDone,
                onFailure);
    }

    /** The highest 機密性 of {@code year}'s 廃棄記録簿, read off the FX thread: 2 or more pre-selects encryption. */
    public void logConfidentiality(FiscalYear fiscalYear, Consumer<Integer> onRead, Consumer<Throwable> onFailure) {
        UiTasks.start(progress -> services.disposal().logConfidentiality(fiscalYear), onRead, onFailure);
    }

    /**
     * What an export wrote, in sentences: the workbook, the evidence folder, the counts. An encrypted workbook's
     * evidence is still plain (copied as registered, so that its SHA-256 holds): the clerk is told so.
     */
    public String exportSummary(DisposalExport export, boolean encrypted) {
        StringBuilder text = new StringBuilder(messages.get("disposal.ui.export.workbook",
                export.workbook().toAbsolutePath()));
        text.append('\n').append(messages.get("disposal.ui.export.counts", export.records(), export.evidenceFiles()));
        text.append('\n').append(export.evidenceFolder() == null ? messages.get("disposal.ui.export.noEvidence")
                : messages.get("disposal.ui.export.evidenceFolder", export.evidenceFolder().toAbsolutePath()));
        if (encrypted) {
            text.append('\n').append(messages.get(export.evidenceFolder() == null ? "export.protect.encryptedWorkbook"
                    : "export.protect.evidencePlain"));
        }
        return text.toString();
    }

    /** The evidence whose SHA-256 no longer matches, one line each; empty when every file was intact. */
    public String exportWarning(DisposalExport export) {
        if (export.changed().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(messages.get("disposal.ui.export.changed", export.changed().size()));
        for (EvidenceCheck check : export.changed()) {
            text.append('\n').append(messages.get("disposal.ui.export.changedLine", check.recordNo(),
                    check.file().fileName(), check.file().sha256(), check.actualSha256()));
        }
        return text.toString();
    }

    // ---- properties -------------------------------------------------------------------------------------

    public ObservableList<DisposalEntry> rows() {
        return shown;
    }

    public ObservableList<FiscalYear> fiscalYears() {
        return fiscalYears;
    }

    public ObjectProperty<FiscalYear> year() {
        return year;
    }

    public ObjectProperty<DisposalStatus> status() {
        return status;
    }

    public StringProperty text() {
        return text;
    }

    public ObjectProperty<FiscalYear> exportYear() {
        return exportYear;
    }

    public ReadOnlyObjectProperty<DateStyle> dateStyle() {
        return dateStyle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countText() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }
}
