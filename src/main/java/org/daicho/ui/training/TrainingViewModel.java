package org.daicho.ui.training;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.daicho.domain.AttachedFile;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.Role;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffTrainingStatus;
import org.daicho.domain.TrainingCompliance;
import org.daicho.domain.TrainingReport;
import org.daicho.domain.TrainingSession;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ExportProtection;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.ExportProtectionChoice;
import org.daicho.ui.common.UiTasks;

/**
 * The 研修 screen's state for one 年度: its sessions with their counts, who has not been trained, new hires
 * without 新規採用者研修, part-time staff without a 同意書, and the report's figures. Loaded off the FX thread.
 */
public final class TrainingViewModel {

    /** One session in the table: its marks counted, and how many could attend (employed on its day). */
    public record SessionRow(TrainingSession session, int attended, int absent, int madeUp, int target) {

        public long id() {
            return session.id();
        }
    }

    /** How many 年度 before this one the chooser offers. */
    static final int YEARS_BACK = 5;

    private final DaichoServices services;
    private final Messages messages;
    private final ObservableList<FiscalYear> years = FXCollections.observableArrayList();
    private final ObjectProperty<FiscalYear> year = new SimpleObjectProperty<>();
    private final ObservableList<SessionRow> sessions = FXCollections.observableArrayList();
    private final ObservableList<StaffTrainingStatus> untrained = FXCollections.observableArrayList();
    private final ObservableList<StaffTrainingStatus> newHiresUntrained = FXCollections.observableArrayList();
    private final ObservableList<StaffTrainingStatus> consentMissing = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TrainingReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DateStyle> dateStyle = new ReadOnlyObjectWrapper<>(DateStyle.WAREKI);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private Map<Long, Section> sections = Map.of();
    private String organisationName = "";
    private LocalDate today;
    /** Only the newest load is shown (the 年度 may change while one runs). */
    private int generation;

    public TrainingViewModel(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        today = services.training().today();
        FiscalYear current = FiscalYear.of(today);
        for (int back = -1; back <= YEARS_BACK; back++) {
            years.add(new FiscalYear(current.startYear() - back));
        }
        year.set(current);
    }

    private record Loaded(FiscalYear year, TrainingReport report, TrainingCompliance compliance, List<Staff> staff,
            List<Section> sections, DateStyle dateStyle, String organisationName, LocalDate today) {
    }

    /** Reloads the chosen 年度 off the FX thread. */
    public void load(Runnable onLoaded, Consumer<Throwable> onFailure) {
        FiscalYear chosen = year.get();
        if (chosen == null) {
            return;
        }
        int mine = ++generation;
        loading.set(true);
        UiTasks.start(progress -> new Loaded(chosen, services.training().report(chosen),
                services.training().compliance(chosen), services.staff().all(), services.settings().sections(),
                services.settings().settings().dateStyle(), services.settings().settings().organisationName(),
                services.training().today()), loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    show(loaded);
                    loading.set(false);
                    onLoaded.run();
                }, error -> {
                    if (mine == generation) {
                        loading.set(false);
                        onFailure.accept(error);
                    }
                });
    }

    private void show(Loaded loaded) {
        dateStyle.set(loaded.dateStyle());
        organisationName = loaded.organisationName();
        today = loaded.today();
        Map<Long, Section> byId = new LinkedHashMap<>();
        loaded.sections().forEach(s -> byId.put(s.id(), s));
        sections = byId;
        sessions.setAll(loaded.report().sessions().stream().map(count -> new SessionRow(count.session(),
                count.attended(), count.absent(), count.madeUp(), (int) loaded.staff().stream()
                        .filter(s -> count.session().isFor(s)).count())).toList());
        untrained.setAll(sorted(loaded.compliance().untrained()));
        newHiresUntrained.setAll(sorted(loaded.compliance().newHiresUntrained()));
        consentMissing.setAll(sorted(loaded.compliance().consentMissing()));
        report.set(loaded.report());
        TrainingReport.Count total = loaded.report().total();
        summary.set(messages.get("training.ui.compliance.summary", loaded.year().label(loaded.dateStyle()),
                total.counted(), total.trained(), total.counted() - total.trained())
                + messages.get("training.ui.compliance.rate", TrainingTexts.percent(total.rate()),
                        DateTimeText.shortDate(loaded.report().referenceDay(), loaded.dateStyle())));
        countText.set(messages.get("training.ui.count", sessions.size()));
    }

    /** By the sections' order, then 職員番号. */
    private List<StaffTrainingStatus> sorted(List<StaffTrainingStatus> people) {
        return people.stream().sorted(java.util.Comparator
                .comparingInt((StaffTrainingStatus p) -> {
                    Section s = sections.get(p.staff().sectionId());
                    return s == null ? Integer.MAX_VALUE : s.sortOrder();
                }).thenComparing(p -> p.staff().staffNo())).toList();
    }

    // ---- what the rows show -----------------------------------------------------------------------------

    public String sectionName(long id) {
        Section s = sections.get(id);
        return s == null ? "" : s.name();
    }

    public String date(LocalDate date) {
        return DateTimeText.shortDate(date, dateStyle.get());
    }

    /** 「12 / 20」, with 「（後日 2）」 when some took it later. */
    public String attendanceText(SessionRow row) {
        String text = messages.get("training.ui.column.attendanceText", row.attended(), row.target());
        return row.madeUp() == 0 ? text : text + messages.get("training.ui.column.madeUpText", row.madeUp());
    }

    public String yearLabel(FiscalYear fiscalYear) {
        return fiscalYear == null ? "" : fiscalYear.label(dateStyle.get());
    }

    public String organisationName() {
        return organisationName;
    }

    public Map<Long, Section> sections() {
        return sections;
    }

    /** Sessions are written by 事務担当 or システム管理者 (the service refuses the others anyway). */
    public boolean mayRecord() {
        return services.actor().mayDo(Role.CLERK, Role.ADMIN);
    }

    // ---- materials --------------------------------------------------------------------------------------

    public void attachMaterials(long sessionId, Path file, Consumer<AttachedFile> onDone, Consumer<Throwable> onFailure) {
        UiTasks.start(progress -> services.training().attachMaterials(sessionId, file), onDone, onFailure);
    }

    public void saveMaterials(long sessionId, Path target, Consumer<AttachedFile> onDone, Consumer<Throwable> onFailure) {
        UiTasks.start(progress -> services.training().saveMaterials(sessionId, target), onDone, onFailure);
    }

    // ---- forms (exports) --------------------------------------------------------------------------------

    /** The 機密性 of every training form (they list staff by name): 2, which pre-selects their encryption. */
    public int formsConfidentiality() {
        return services.training().formsConfidentiality();
    }

    /**
     * Writes one session's 研修受講者名簿 into {@code folder} (the service names the file), off the FX thread, as
     * {@code protection} says (its password is cleared afterwards).
     */
    public javafx.concurrent.Task<Path> exportRoster(long sessionId, Path folder, ExportProtection protection,
            Consumer<Path> onDone, Consumer<Throwable> onFailure) {
        return exporting(protection, progress -> services.training().exportRoster(sessionId, folder, protection,
                messages, progress), onDone, onFailure);
    }

    /** Writes the 年度受講状況 of {@code year} into {@code folder}, off the FX thread. */
    public javafx.concurrent.Task<Path> exportStatus(FiscalYear fiscalYear, Path folder, ExportProtection protection,
            Consumer<Path> onDone, Consumer<Throwable> onFailure) {
        return exporting(protection, progress -> services.training().exportStatus(fiscalYear, folder, protection,
                messages, progress), onDone, onFailure);
    }

    /** Writes the 研修実施状況報告 of {@code year} into {@code folder}, off the FX thread. */
    public javafx.concurrent.Task<Path> exportReport(FiscalYear fiscalYear, Path folder, ExportProtection protection,
            Consumer<Path> onDone, Consumer<Throwable> onFailure) {
        return exporting(protection, progress -> services.training().exportReport(fiscalYear, folder, protection,
                messages, progress), onDone, onFailure);
    }

    private static javafx.concurrent.Task<Path> exporting(ExportProtection protection, UiTasks.Work<Path> export,
            Consumer<Path> onDone, Consumer<Throwable> onFailure) {
        return UiTasks.start(ExportProtectionChoice.clearingAfter(protection, export), onDone, onFailure);
    }

    // ---- properties -------------------------------------------------------------------------------------

    public ObservableList<FiscalYear> years() {
        return years;
    }

    public ObjectProperty<FiscalYear> year() {
        return year;
    }

    public FiscalYear currentYear() {
        return FiscalYear.of(today);
    }

    public ObservableList<SessionRow> sessions() {
        return sessions;
    }

    public ObservableList<StaffTrainingStatus> untrained() {
        return untrained;
    }

    public ObservableList<StaffTrainingStatus> newHiresUntrained() {
        return newHiresUntrained;
    }

    public ObservableList<StaffTrainingStatus> consentMissing() {
        return consentMissing;
    }

    public ReadOnlyObjectProperty<TrainingReport> report() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DateStyle> dateStyle() {
        return dateStyle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countText() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }
}
