package org.daicho.ui.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.daicho.domain.AssetFilter;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.DateInput;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalFilter;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.InspectionFinding;
import org.daicho.domain.InspectionItem;
import org.daicho.domain.InspectionOutcome;
import org.daicho.domain.InspectionResult;
import org.daicho.domain.SelfInspection;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.service.InspectionService;
import org.daicho.ui.common.Navigator;
import org.daicho.ui.common.UiTasks;

/**
 * 自己点検 (policy 2.9.2) of a chosen 年度, live: the items as the service answers them, the failing records of the
 * chosen item, the way to each record's own screen, and the 委員会報告日 (2.5.2(2)⑤).
 */
public final class InspectionViewModel {

    /** How many 年度 back the year choice offers (the records of older years are kept but rarely inspected). */
    private static final int YEARS_BACK = 4;

    /** One item as the table shows it. */
    public record ItemRow(InspectionResult result, String text, String outcomeText, String checkedText,
            String failingText) {

        public InspectionItem item() {
            return result.item();
        }

        public InspectionOutcome outcome() {
            return result.outcome();
        }
    }

    /** One failing record as the list shows it. */
    public record FindingRow(InspectionItem item, InspectionFinding finding, String reference, String problem) {
    }

    private final DaichoServices services;
    private final Messages messages;
    private final Navigator navigator;
    private final ObservableList<FiscalYear> years = FXCollections.observableArrayList();
    private final ObjectProperty<FiscalYear> year = new SimpleObjectProperty<>();
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ObjectProperty<ItemRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
    private final StringProperty findingsTitle = new SimpleStringProperty("");
    private final StringProperty asOfText = new SimpleStringProperty("");
    private final StringProperty committeeDate = new SimpleStringProperty("");
    private final StringProperty committeeMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private DateStyle dateStyle = DateStyle.WAREKI;

    public InspectionViewModel(DaichoServices services, Messages messages, Navigator navigator) {
        this.services = services;
        this.messages = messages;
        this.navigator = navigator;
        FiscalYear current = services.inspection().currentYear();
        for (int back = 0; back <= YEARS_BACK; back++) {
            years.add(new FiscalYear(current.startYear() - back));
        }
        year.set(current);
        selected.addListener((obs, old, now) -> showFindings(now));
        findingsTitle.set(messages.get("inspection.ui.findings.choose"));
    }

    /** What the year choice offers: this 年度 and the four before it. */
    public ObservableList<FiscalYear> years() {
        return years;
    }

    public ObjectProperty<FiscalYear> year() {
        return year;
    }

    public String yearLabel(FiscalYear value) {
        return value == null ? "" : value.label(dateStyle);
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public ObjectProperty<ItemRow> selected() {
        return selected;
    }

    public ObservableList<FindingRow> findings() {
        return findings;
    }

    public StringProperty findingsTitle() {
        return findingsTitle;
    }

    public StringProperty asOfText() {
        return asOfText;
    }

    public StringProperty committeeDate() {
        return committeeDate;
    }

    public StringProperty committeeMessage() {
        return committeeMessage;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** The 委員会報告日 is a setting: only システム管理者 record it (the service refuses the others too). */
    public boolean mayRecordCommitteeReport() {
        return services.inspection().mayRecordCommitteeReport();
    }

    /** What the inspection answered, with what goes with it, computed off the FX thread. */
    private record Loaded(SelfInspection inspection, Optional<LocalDate> committee, DateStyle style) {
    }

    /**
     * Inspects the chosen year in the background; {@code onDone} gets the summary line, {@code onFailure} the
     * error. The returned task can be cancelled (its progress follows the items).
     */
    public Task<?> load(Consumer<String> onDone, Consumer<Throwable> onFailure) {
        FiscalYear chosen = year.get();
        busy.set(true);
        return UiTasks.start(progress -> new Loaded(services.inspection().inspect(chosen, progress),
                services.inspection().committeeReportDate(chosen), services.settings().settings().dateStyle()),
                loaded -> {
                    busy.set(false);
                    show(loaded);
                    onDone.accept(summary(loaded.inspection()));
                }, error -> {
                    busy.set(false);
                    onFailure.accept(error);
                });
    }

    /** Called when a load was cancelled: the screen is usable again. */
    public void cancelled() {
        busy.set(false);
    }

    private void show(Loaded loaded) {
        dateStyle = loaded.style();
        SelfInspection inspection = loaded.inspection();
        InspectionItem wasSelected = selected.get() == null ? null : selected.get().item();
        List<ItemRow> rows = new ArrayList<>();
        for (InspectionResult r : inspection.results()) {
            rows.add(new ItemRow(r, messages.label(r.item()), messages.label(r.outcome()),
                    r.notApplicable() ? messages.get("inspection.notApplicable")
                            : messages.get("inspection.ui.count", r.checked()),
                    r.notApplicable() ? "" : messages.get("inspection.ui.count", r.failing().size())));
        }
        selected.set(null);
        items.setAll(rows);
        asOfText.set(messages.get("inspection.ui.asOf", dateStyle.format(inspection.asOf())));
        committeeDate.set(loaded.committee().map(dateStyle::format).orElse(""));
        if (wasSelected != null) {
            rows.stream().filter(r -> r.item() == wasSelected).findFirst().ifPresent(selected::set);
        }
    }

    private String summary(SelfInspection inspection) {
        long done = inspection.results().stream().filter(r -> r.outcome() == InspectionOutcome.DONE).count();
        long partial = inspection.results().stream().filter(r -> r.outcome() == InspectionOutcome.PARTIAL).count();
        long notDone = inspection.results().stream().filter(r -> r.outcome() == InspectionOutcome.NOT_DONE).count();
        return messages.get("inspection.ui.loaded", yearLabel(inspection.year()), done, partial, notDone);
    }

    private void showFindings(ItemRow row) {
        if (row == null) {
            findings.clear();
            findingsTitle.set(messages.get("inspection.ui.findings.choose"));
            return;
        }
        List<FindingRow> rows = new ArrayList<>();
        for (InspectionFinding f : row.result().failing()) {
            rows.add(new FindingRow(row.item(), f, f.reference(), InspectionService.describe(f, messages, dateStyle)));
        }
        findings.setAll(rows);
        findingsTitle.set(messages.get(rows.isEmpty() ? "inspection.ui.findings.none" : "inspection.ui.findings.title",
                row.text(), rows.size()));
    }

    /**
     * Opens the failing record on its own screen: an asset in the ledger, a carry record or a disposal in their
     * lists (filtered down to it), a person in the 研修 screen's list of those not trained. The 委員会報告日 is on
     * this screen: nothing to open.
     */
    public void open(FindingRow row, Consumer<Throwable> onFailure) {
        InspectionFinding f = row.finding();
        switch (f.recordType()) {
            case ASSET -> navigator.showAssets(new AssetFilter(assetNoOf(f), null, null, null, null, null));
            case DISPOSAL -> navigator.showDisposal(new DisposalFilter(null, null, null, f.reference()));
            case STAFF, ATTENDANCE -> navigator.showTraining(row.item() == InspectionItem.TRAINING_NEW_HIRES
                    ? Navigator.TrainingList.NEW_HIRES_UNTRAINED : Navigator.TrainingList.UNTRAINED);
            case CARRY -> UiTasks.start(progress -> services.carry().entry(f.recordId()),
                    entry -> navigator.showCarry(filterTo(entry)), onFailure);
            default -> {
                // the committee date: edited here
            }
        }
    }

    /** The reference of an asset starts with its 管理番号 (「A-0001 名称」). */
    private static String assetNoOf(InspectionFinding f) {
        int space = f.reference().indexOf(' ');
        return space < 0 ? f.reference() : f.reference().substring(0, space);
    }

    /** The carry list has no filter by id: its day, kind, carrier and first asset narrow it to this record. */
    static CarryFilter filterTo(CarryEntry entry) {
        LocalDate day = entry.record().plannedOut().toLocalDate();
        Long asset = entry.record().assetIds().isEmpty() ? null : entry.record().assetIds().get(0);
        return new CarryFilter(null, entry.record().kind(), day, day, entry.record().carrierStaffId(), asset, false);
    }

    /** The 監査証跡ブック of the chosen year (engineer 7C's export). */
    public void openAuditBook() {
        navigator.showAuditBook(year.get());
    }

    /**
     * Saves the 委員会報告日 typed in, then inspects again (the item follows). A date that cannot be read or is
     * refused leaves its message beside the field.
     */
    public void saveCommitteeDate(Runnable onSaved) {
        String label = messages.get(InspectionService.COMMITTEE_FIELD_LABEL);
        LocalDate date;
        try {
            date = DateInput.parse(committeeDate.get()).orElse(null);
        } catch (DateInput.InvalidDateException e) {
            committeeMessage.set(messages.get("validation.date", label, committeeDate.get()));
            return;
        }
        FiscalYear chosen = year.get();
        busy.set(true);
        UiTasks.start(progress -> {
            services.inspection().recordCommitteeReport(chosen, date);
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            committeeMessage.set(messages.get("inspection.ui.committee.saved"));
            onSaved.run();
        }, error -> {
            busy.set(false);
            committeeMessage.set(ErrorMessages.describe(error, messages));
        });
    }
}
