package org.daicho.ui.training;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.StaffTrainingStatus;
import org.daicho.domain.TrainingSession;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.service.ExportProtection;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.ExportProtectionChoice;
import org.daicho.ui.common.Navigator;
import org.daicho.ui.common.RecordTables;
import org.daicho.ui.common.TaskStatusBar;

/**
 * 研修 (policy 2.5.2): the sessions of a 年度 with their attendance, the marking of 出欠, and the year's 受講状況 —
 * who has not been trained, new hires without 新規採用者研修, part-time staff without a 同意書 — with the
 * 年度受講状況 and 研修実施状況報告 forms and the printed report.
 */
public final class TrainingView extends BorderPane {

    private final DaichoServices services;
    private final Messages messages;
    private final TrainingViewModel model;
    private final TableView<TrainingViewModel.SessionRow> table = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final Tab sessionsTab = new Tab();
    private final Tab complianceTab = new Tab();
    private final TabPane lists = new TabPane();
    private final Tab untrainedTab = new Tab();
    private final Tab newHiresTab = new Tab();
    private final Tab consentTab = new Tab();
    private final TaskStatusBar status;
    private File lastFolder;

    public TrainingView(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        this.model = new TrainingViewModel(services, messages);
        this.status = new TaskStatusBar("trainingStatus", "trainingExportProgress", "trainingCancelExportButton",
                messages.get("training.ui.export.cancel"));
        getStyleClass().add("training-view");
        getStylesheets().add(TrainingDialogs.STYLESHEET);
        setPadding(new Insets(16));
        setTop(header());
        sessionsTab.setText(messages.get("training.ui.tab.sessions"));
        sessionsTab.setContent(sessions());
        sessionsTab.setId("trainingSessionsTab");
        complianceTab.setText(messages.get("training.ui.tab.compliance"));
        complianceTab.setContent(compliance());
        complianceTab.setId("trainingComplianceTab");
        tabs.getTabs().addAll(sessionsTab, complianceTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("trainingTabs");
        setCenter(tabs);
        setBottom(bottom());
        model.year().addListener((obs, old, now) -> refresh());
    }

    private VBox header() {
        Label title = new Label(messages.get("training.ui.title"));
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("trainingCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.countText());
        ComboBox<FiscalYear> year = new ComboBox<>(model.years());
        year.setId("trainingYear");
        Choices.labelled(year, model::yearLabel, "");
        year.valueProperty().bindBidirectional(model.year());
        model.dateStyle().addListener((obs, old, now) -> {
            // the labels follow the date style (令和8年度 / 2026年度)
            FiscalYear chosen = year.getValue();
            Choices.labelled(year, model::yearLabel, "");
            year.setValue(chosen);
        });
        Label yearLabel = new Label(messages.get("training.field.FISCAL_YEAR"));
        yearLabel.setLabelFor(year);
        HBox titleRow = new HBox(12, title, yearLabel, year, count);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label policy = new Label(messages.get("training.ui.intro"));
        policy.setWrapText(true);
        policy.getStyleClass().add("text-muted");
        VBox header = new VBox(6, titleRow, policy);
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    // ---- sessions ---------------------------------------------------------------------------------------

    private VBox sessions() {
        var selected = table.getSelectionModel().selectedItemProperty();
        boolean mayRecord = model.mayRecord();
        Button add = action("trainingNewButton", "training.ui.action.new", true, this::openNew);
        add.setDisable(!mayRecord);
        Button edit = action("trainingEditButton", "training.ui.action.edit", false, this::openEdit);
        edit.disableProperty().bind(unlessSelected(mayRecord));
        Button delete = action("trainingDeleteButton", "training.ui.action.delete", false, this::openDelete);
        delete.disableProperty().bind(unlessSelected(mayRecord));
        Button attendance = action("trainingAttendanceButton", "training.ui.action.attendance", true,
                this::openAttendance);
        attendance.disableProperty().bind(selected.isNull());
        attendance.setTooltip(new Tooltip(messages.get("training.ui.action.attendance.tip")));
        Button attach = action("trainingAttachButton", "training.ui.action.attach", false, this::attachMaterials);
        attach.disableProperty().bind(unlessSelected(mayRecord));
        Button save = action("trainingSaveMaterialsButton", "training.ui.action.saveMaterials", false,
                this::saveMaterials);
        save.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().session().materials() == null, selected));
        Button roster = action("trainingRosterButton", "training.ui.action.roster", false, this::exportRoster);
        roster.disableProperty().bind(selected.isNull());
        roster.setTooltip(new Tooltip(messages.get("training.ui.action.roster.tip")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, add, edit, delete, new Separator(Orientation.VERTICAL), attendance,
                new Separator(Orientation.VERTICAL), attach, save, spacer, roster);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, actions, table());
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private BooleanBinding unlessSelected(boolean roleAllows) {
        return RecordTables.disabledUnless(table, row -> row != null, roleAllows);
    }

    private Button action(String id, String key, boolean accent, Runnable run) {
        return TrainingDialogs.PARTS.button(id, messages.get(key), accent, run);
    }

    private TableView<TrainingViewModel.SessionRow> table() {
        table.setId("trainingTable");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("training.ui.empty")));
        table.getColumns().add(column("HELD_ON", messages.get("training.field.HELD_ON"), 84,
                r -> model.date(r.session().heldOn())));
        table.getColumns().add(column("TITLE", messages.get("training.field.TITLE"), 290, r -> r.session().title()));
        table.getColumns().add(column("KIND", messages.get("training.field.KIND"), 110,
                r -> messages.label(r.session().kind())));
        table.getColumns().add(column("FORMAT", messages.get("training.ui.column.format"), 90,
                r -> messages.label(r.session().format())));
        table.getColumns().add(column("INSTRUCTOR", messages.get("training.field.INSTRUCTOR"), 150,
                r -> r.session().instructor()));
        table.getColumns().add(column("TARGET", messages.get("training.field.TARGET"), 112,
                r -> messages.label(r.session().target())));
        table.getColumns().add(column("ATTENDANCE", messages.get("training.ui.column.attendance"), 116,
                model::attendanceText));
        table.getColumns().add(column("MATERIALS", messages.get("training.field.MATERIALS"), 90,
                r -> r.session().materials() == null ? "" : r.session().materials().fileName()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(model.sessions());
        table.setRowFactory(t -> {
            TableRow<TrainingViewModel.SessionRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    openAttendance();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openAttendance();
                event.consume();
            }
        });
        model.dateStyle().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    private static <T> TableColumn<T, String> column(String id, String title, double width, Function<T, String> value) {
        return RecordTables.text(id, title, width, value);
    }

    // ---- compliance -------------------------------------------------------------------------------------

    private VBox compliance() {
        Label summary = new Label();
        summary.setId("trainingSummary");
        summary.getStyleClass().add("training-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summary());
        Button status = action("trainingExportStatusButton", "training.ui.action.exportStatus", false,
                this::exportStatus);
        Button report = action("trainingExportReportButton", "training.ui.action.exportReport", false,
                this::exportReport);
        Button print = action("trainingPrintButton", "training.ui.action.print", true, this::openPreview);
        print.disableProperty().bind(model.report().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, summary, spacer, status, report, print);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        actions.setAlignment(Pos.CENTER_LEFT);

        untrainedTab.setContent(people("complianceUntrained", model.untrained(),
                column("REASONS", messages.get("training.ui.column.reasons"), 260,
                        p -> String.join("、", p.absenceReasons())), "training.ui.compliance.noUntrained"));
        newHiresTab.setContent(people("complianceNewHires", model.newHiresUntrained(),
                column("HIRED_ON", messages.get("training.ui.column.hiredOn"), 120, p -> model.date(p.staff().hiredOn())),
                "training.ui.compliance.noNewHires"));
        consentTab.setContent(people("complianceConsent", model.consentMissing(),
                column("HIRED_ON", messages.get("training.ui.column.hiredOn"), 120, p -> model.date(p.staff().hiredOn())),
                "training.ui.compliance.noConsent"));
        untrainedTab.setId("complianceUntrainedTab");
        newHiresTab.setId("complianceNewHiresTab");
        consentTab.setId("complianceConsentTab");
        untrainedTab.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                "training.ui.compliance.untrained", model.untrained().size()), model.untrained()));
        newHiresTab.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                "training.ui.compliance.newHires", model.newHiresUntrained().size()), model.newHiresUntrained()));
        consentTab.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                "training.ui.compliance.consent", model.consentMissing().size()), model.consentMissing()));
        lists.getTabs().addAll(untrainedTab, newHiresTab, consentTab);
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lists.setId("complianceLists");
        VBox.setVgrow(lists, Priority.ALWAYS);
        Label note = DialogParts.note(messages.get("training.ui.compliance.note"));
        VBox box = new VBox(10, actions, lists, note);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private TableView<StaffTrainingStatus> people(String id, javafx.collections.ObservableList<StaffTrainingStatus> rows,
            TableColumn<StaffTrainingStatus, String> extra, String emptyKey) {
        TableView<StaffTrainingStatus> view = new TableView<>(rows);
        view.setId(id);
        view.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        view.setPlaceholder(new Label(messages.get(emptyKey)));
        view.getColumns().add(column("SECTION", messages.get("training.ui.column.section"), 140,
                p -> model.sectionName(p.staff().sectionId())));
        view.getColumns().add(column("STAFF_NO", messages.get("training.ui.column.staffNo"), 90, p -> p.staff().staffNo()));
        view.getColumns().add(column("NAME", messages.get("training.ui.column.name"), 140, p -> p.staff().name()));
        view.getColumns().add(column("KANA", messages.get("training.ui.column.kana"), 150, p -> p.staff().kana()));
        view.getColumns().add(column("TYPE", messages.get("training.ui.column.type"), 90,
                p -> messages.label(p.staff().employmentType())));
        view.getColumns().add(extra);
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return view;
    }

    private VBox bottom() {
        VBox bottom = new VBox(status);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        return bottom;
    }

    // ---- loading ----------------------------------------------------------------------------------------

    /** Reloads the chosen 年度 (each time the screen is shown); the selected session stays selected. */
    public void refresh() {
        TrainingViewModel.SessionRow chosen = table.getSelectionModel().getSelectedItem();
        reload(chosen == null ? null : chosen.id());
    }

    private void reload(Long selectId) {
        model.load(() -> select(selectId), this::showError);
    }

    /** Shows this 年度's 受講状況 with {@code list} in front (the home screen's items open it this way). */
    public void showCompliance(Navigator.TrainingList list) {
        tabs.getSelectionModel().select(complianceTab);
        if (list != null) {
            lists.getSelectionModel().select(switch (list) {
                case UNTRAINED -> untrainedTab;
                case NEW_HIRES_UNTRAINED -> newHiresTab;
                case CONSENT_MISSING -> consentTab;
            });
        }
        FiscalYear current = model.currentYear();
        if (!current.equals(model.year().get())) {
            model.year().set(current); // reloads
        }
    }

    private void select(Long id) {
        RecordTables.select(table, id, TrainingViewModel.SessionRow::id);
    }

    // ---- actions ----------------------------------------------------------------------------------------

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private TrainingSession selected() {
        TrainingViewModel.SessionRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.session();
    }

    private void openNew() {
        TrainingSessionFormView.open(window(), services, messages, null, model.dateStyle().get(), this::saved);
    }

    private void openEdit() {
        TrainingSession session = selected();
        if (session != null) {
            TrainingSessionFormView.open(window(), services, messages, session, model.dateStyle().get(), this::saved);
        }
    }

    private void saved(TrainingSession session) {
        status.setText(messages.get("training.ui.done.saved", session.title()));
        FiscalYear year = session.fiscalYear();
        if (!year.equals(model.year().get()) && model.years().contains(year)) {
            model.year().set(year); // the list follows the session into its 年度
        }
        reload(session.id());
    }

    private void openDelete() {
        TrainingSession session = selected();
        if (session == null) {
            return;
        }
        TrainingReasonView.open(window(), messages, messages.get("training.ui.delete.title"),
                messages.get("training.ui.delete.intro", session.title(), model.date(session.heldOn())),
                messages.get("training.ui.delete.confirm"), why -> progress -> {
                    services.training().deleteSession(session.id(), why);
                    return null;
                }, () -> {
                    status.setText(messages.get("training.ui.done.deleted", session.title()));
                    reload(null);
                });
    }

    /** Opens 出欠を記録 for the selected session (Enter or a double click on it does too). */
    public void openAttendance() {
        TrainingSession session = selected();
        if (session != null) {
            TrainingAttendanceView.open(window(), services, messages, session, model.dateStyle().get(), changed -> {
                if (changed) {
                    refresh();
                }
            });
        }
    }

    private void attachMaterials() {
        TrainingSession session = selected();
        if (session == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("training.ui.action.attach"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            lastFolder = file.getParentFile();
            attachMaterials(session.id(), file.toPath());
        }
    }

    /** Attaches {@code file} to a session as its materials (replacing any), off the FX thread. */
    public void attachMaterials(long sessionId, Path file) {
        status.setText(messages.get("training.ui.materials.attaching"));
        model.attachMaterials(sessionId, file, attached -> {
            status.setText(messages.get("training.ui.materials.attached", attached.fileName()));
            reload(sessionId);
        }, this::failed);
    }

    private void saveMaterials() {
        TrainingSession session = selected();
        if (session == null || session.materials() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("training.ui.action.saveMaterials"));
        chooser.setInitialFileName(session.materials().fileName());
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            lastFolder = file.getParentFile();
            status.setText(messages.get("training.ui.materials.saving"));
            model.saveMaterials(session.id(), file.toPath(), saved -> status.setText(messages.get(
                    "training.ui.materials.saved", file.getAbsolutePath())), this::failed);
        }
    }

    private void openPreview() {
        if (model.report().get() != null) {
            TrainingReportPreviewView.open(window(), model.report().get(), model.sections(), messages,
                    model.dateStyle().get(), model.organisationName());
        }
    }

    // ---- exports ----------------------------------------------------------------------------------------

    private File chooseFolder(String titleKey) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get(titleKey));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(window());
        if (folder != null) {
            lastFolder = folder;
        }
        return folder;
    }

    private void exportRoster() {
        TrainingSession session = selected();
        if (session == null) {
            return;
        }
        File folder = chooseFolder("training.ui.action.roster");
        if (folder != null) {
            askProtection().ifPresent(protection -> exportRoster(session.id(), folder.toPath(), protection));
        }
    }

    /**
     * The training forms list staff by name (personal data, 機密性2): their encryption is pre-selected
     * (policy 2.3(2)⑦⑨).
     */
    private Optional<ExportProtection> askProtection() {
        return ExportProtectionChoice.ask(window(), messages, model.formsConfidentiality());
    }

    /** Writes a session's 研修受講者名簿 into {@code folder}. */
    public void exportRoster(long sessionId, Path folder, ExportProtection protection) {
        boolean encrypted = protection.encrypted();
        track(model.exportRoster(sessionId, folder, protection, written -> exported(written, encrypted),
                this::exportFailed));
    }

    private void exportStatus() {
        File folder = chooseFolder("training.ui.action.exportStatus");
        if (folder != null) {
            askProtection().ifPresent(protection -> exportStatus(model.year().get(), folder.toPath(), protection));
        }
    }

    /** Writes the 年度受講状況 of {@code year} into {@code folder}. */
    public void exportStatus(FiscalYear year, Path folder, ExportProtection protection) {
        boolean encrypted = protection.encrypted();
        track(model.exportStatus(year, folder, protection, written -> exported(written, encrypted),
                this::exportFailed));
    }

    private void exportReport() {
        File folder = chooseFolder("training.ui.action.exportReport");
        if (folder != null) {
            askProtection().ifPresent(protection -> exportReport(model.year().get(), folder.toPath(), protection));
        }
    }

    /** Writes the 研修実施状況報告 of {@code year} into {@code folder}. */
    public void exportReport(FiscalYear year, Path folder, ExportProtection protection) {
        boolean encrypted = protection.encrypted();
        track(model.exportReport(year, folder, protection, written -> exported(written, encrypted),
                this::exportFailed));
    }

    private void track(Task<Path> task) {
        status.track(task, messages.get("training.ui.export.running"), messages.get("export.cancelled"));
    }

    private void exported(Path written, boolean encrypted) {
        endExport();
        status.setText(ExportProtectionChoice.done(messages,
                messages.get("training.ui.export.done", written.toAbsolutePath()), encrypted));
    }

    private void exportFailed(Throwable error) {
        endExport();
        status.setText("");
        showError(error);
    }

    private void endExport() {
        status.end();
    }

    private void failed(Throwable error) {
        status.setText("");
        showError(error);
    }

    private void showError(Throwable error) {
        Dialogs.showError(window(), messages, ErrorMessages.describe(error, messages));
    }

    TrainingViewModel model() {
        return model;
    }

    List<Tab> complianceTabs() {
        return List.of(untrainedTab, newHiresTab, consentTab);
    }
}
