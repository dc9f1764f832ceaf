package org.daicho.ui.carry;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.daicho.domain.CarryAction;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.RecordType;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.service.ExportProtection;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.ExportProtectionChoice;
import org.daicho.ui.common.RecordTables;
import org.daicho.ui.common.TaskStatusBar;
import org.daicho.ui.history.RecordHistoryPane;

/**
 * 持出・持込: every application in a table (overdue rows tinted, 機密性3 flagged), filters by status, 区分,
 * period, person and asset, the buttons for each step of a record, and the 記録簿 / 申請書 exports.
 */
public final class CarryListView extends BorderPane {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass CONFIDENTIAL3 = PseudoClass.getPseudoClass("confidential3");
    private static final PseudoClass FINAL = PseudoClass.getPseudoClass("final");

    private final DaichoServices services;
    private final Messages messages;
    private final CarryListViewModel model;
    private final TableView<CarryEntry> table = new TableView<>();
    private final RecordHistoryPane history;
    private final TaskStatusBar status;

    public CarryListView(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        this.model = new CarryListViewModel(services, messages);
        this.history = new RecordHistoryPane(services, messages);
        this.status = new TaskStatusBar("carryStatus", "carryExportProgress", "carryCancelExportButton",
                messages.get("carry.ui.export.cancel"));
        history.show(RecordType.CARRY, null);
        getStyleClass().add("carry-view");
        getStylesheets().add(CarryListView.class.getResource("/org/daicho/ui/carry/carry.css").toExternalForm());
        setPadding(new Insets(16));
        setTop(header());
        setCenter(table());
        setBottom(bottom());
    }

    private VBox header() {
        Label title = new Label(messages.get("carry.ui.title"));
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("carryCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.countText());
        HBox titleRow = new HBox(12, title, count);
        titleRow.setAlignment(Pos.BASELINE_LEFT);

        var selected = table.getSelectionModel().selectedItemProperty();
        Button carryOut = action("carryNewButton", "carry.ui.action.newCarryOut", true,
                () -> openForm(CarryKind.CARRY_OUT));
        carryOut.setDisable(!model.mayRecord());
        Button bringIn = action("carryBringInButton", "carry.ui.action.newBringIn", false,
                () -> openForm(CarryKind.BRING_IN));
        bringIn.setDisable(!model.mayRecord());
        Button decide = action("carryApproveButton", "carry.ui.action.decide", false, () -> openDecision(false));
        decide.disableProperty().bind(when(CarryListViewModel::awaitsDecision, model.mayDecide()));
        decide.setTooltip(new Tooltip(messages.get(model.mayDecide() ? "carry.ui.action.decide.tip"
                : "carry.ui.action.decide.notManager")));
        Button paper = action("carryPaperButton", "carry.ui.action.paper", false, () -> openDecision(true));
        paper.disableProperty().bind(when(CarryListViewModel::awaitsDecision, model.mayRecordPaper()));
        paper.setTooltip(new Tooltip(messages.get("carry.ui.action.paper.tip")));
        Button out = action("carryOutButton", "carry.ui.action.out", false, () -> openStep(CarryAction.MARK_OUT));
        out.disableProperty().bind(when(CarryListViewModel::mayGoOut, model.mayRecord()));
        Button back = action("carryReturnButton", "carry.ui.action.return", false, this::openReturn);
        back.disableProperty().bind(when(CarryListViewModel::mayReturn, model.mayRecord()));
        Button cancel = action("carryCancelButton", "carry.ui.action.cancel", false, () -> openStep(CarryAction.CANCEL));
        cancel.disableProperty().bind(when(CarryListViewModel::mayCancel, model.mayRecord()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ComboBox<FiscalYear> year = new ComboBox<>(model.fiscalYears());
        year.setId("carryExportYear");
        Choices.labelled(year, y -> y.label(model.dateStyle().get()), "");
        year.valueProperty().bindBidirectional(model.exportYear());
        Button exportLog = action("carryExportLogButton", "carry.ui.action.exportLog", false, this::chooseLogFile);
        exportLog.disableProperty().bind(model.exportYear().isNull());
        Button exportApplication = action("carryExportApplicationButton", "carry.ui.action.exportApplication", false,
                this::chooseApplicationFile);
        exportApplication.disableProperty().bind(selected.isNull());
        HBox actions = new HBox(8, carryOut, bringIn, new Separator(javafx.geometry.Orientation.VERTICAL), decide, paper,
                out, back, cancel, spacer, year, exportLog, exportApplication);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox header = new VBox(10, titleRow, actions, filters());
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    /** Disabled unless a record is selected, its status allows the action, and the account's role does. */
    private BooleanBinding when(Predicate<CarryEntry> statusAllows, boolean roleAllows) {
        return RecordTables.disabledUnless(table, statusAllows, roleAllows);
    }

    private Button action(String id, String key, boolean accent, Runnable run) {
        return CarryDialogs.PARTS.button(id, messages.get(key), accent, run);
    }

    private VBox filters() {
        ComboBox<CarryStatus> state = box("carryStatusFilter", FXCollections.observableArrayList(CarryStatus.values()),
                messages::label, messages.get("carry.ui.filter.allStatuses"));
        state.valueProperty().bindBidirectional(model.status());
        ComboBox<CarryKind> kind = box("carryKindFilter", FXCollections.observableArrayList(CarryKind.values()),
                messages::label, messages.get("carry.ui.filter.allKinds"));
        kind.valueProperty().bindBidirectional(model.kind());
        TextField from = dateField("carryFromFilter", model.fromText().getValue());
        from.textProperty().bindBidirectional(model.fromText());
        TextField to = dateField("carryToFilter", model.toText().getValue());
        to.textProperty().bindBidirectional(model.toText());
        Label period = new Label(messages.get("carry.ui.filter.period"));
        Label until = new Label("〜");
        ObservableList<Staff> people = FXCollections.observableArrayList((Staff) null);
        model.people().addListener((ListChangeListener<Staff>) change -> {
            Staff chosen = model.person().get();
            people.setAll(FXCollections.observableArrayList((Staff) null));
            people.addAll(model.people());
            model.person().set(chosen);
        });
        ComboBox<Staff> person = new ComboBox<>(people);
        person.setId("carryPersonFilter");
        Choices.labelled(person, Staff::name, messages.get("carry.ui.filter.allPeople"));
        person.valueProperty().bindBidirectional(model.person());
        TextField asset = new TextField();
        asset.setId("carryAssetFilter");
        asset.setPromptText(messages.get("carry.ui.filter.assetPrompt"));
        asset.textProperty().bindBidirectional(model.assetText());
        asset.setPrefColumnCount(14);
        CheckBox overdue = new CheckBox(messages.get("carry.ui.filter.overdueOnly"));
        overdue.setId("carryOverdueFilter");
        overdue.selectedProperty().bindBidirectional(model.overdueOnly());
        Button clear = new Button(messages.get("carry.ui.filter.clear"));
        clear.setId("carryClearFilter");
        clear.setOnAction(event -> model.clearFilter());
        HBox.setHgrow(asset, Priority.ALWAYS);
        HBox row = new HBox(8, state, kind, person, asset, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox periodRow = new HBox(8, period, from, until, to, overdue);
        periodRow.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node node : List.of(state, kind, person, clear, period, until, overdue)) {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
        }
        Label error = new Label();
        error.setId("carryPeriodError");
        error.getStyleClass().add("carry-period-error");
        error.textProperty().bind(model.periodError());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return new VBox(6, row, periodRow, error);
    }

    private TextField dateField(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(messages.get("carry.ui.dateHint"));
        field.setPrefColumnCount(12);
        return field;
    }

    private static <T> ComboBox<T> box(String id, ObservableList<T> values, Function<T, String> label, String allText) {
        ObservableList<T> items = FXCollections.observableArrayList();
        items.add(null);
        items.addAll(values);
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        Choices.labelled(box, label, allText);
        return box;
    }

    private TableView<CarryEntry> table() {
        table.setId("carryTable");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("carry.ui.empty")));
        table.getColumns().add(column("KIND", messages.get("carry.field.KIND"), 44, e -> messages.label(e.record().kind())));
        table.getColumns().add(timeColumn("APPLIED_ON", messages.get("carry.ui.column.appliedOn"), 72,
                e -> model.date(e.record().appliedAt()), e -> e.record().appliedAt()));
        TableColumn<CarryEntry, String> target = column("TARGET", messages.get("carry.ui.column.target"), 186,
                CarryEntry::targetText);
        // 機密性3 is flagged where the asset is named (policy 2.3(1))
        target.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label(messages.get("carry.flag.confidential3"));

            {
                badge.getStyleClass().add("carry-flag-badge");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                CarryEntry entry = RecordTables.rowItem(this, empty);
                setText(entry == null ? null : item);
                setGraphic(entry != null && entry.isConfidential3() ? badge : null);
            }
        });
        table.getColumns().add(target);
        table.getColumns().add(column("PERSON", messages.get("carry.ui.column.person"), 116,
                e -> (e.carrierSectionName() + " " + e.carrierName()).strip()));
        table.getColumns().add(column("PURPOSE", messages.get("carry.field.PURPOSE"), 102, e -> e.record().purpose()));
        table.getColumns().add(column("DESTINATION", messages.get("carry.ui.column.destination"), 100,
                e -> e.record().destination()));
        table.getColumns().add(timeColumn("ACTUAL_OUT", messages.get("carry.field.ACTUAL_OUT"), 130, model::outText,
                e -> e.record().actualOut() != null ? e.record().actualOut() : e.record().plannedOut()));
        table.getColumns().add(timeColumn("PLANNED_RETURN", messages.get("carry.ui.column.plannedReturn"), 108,
                e -> model.time(e.record().plannedReturn()), e -> e.record().plannedReturn()));
        table.getColumns().add(column("STATUS", messages.get("carry.field.STATUS"), 108, model::statusText));
        table.getColumns().add(column("APPROVER", messages.get("carry.field.APPROVER"), 70, model::approverText));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        SortedList<CarryEntry> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> RecordTables.styledRow(Map.of(OVERDUE, model::isOverdue,
                CONFIDENTIAL3, CarryEntry::isConfidential3, FINAL, e -> e.record().status().isFinal())));
        table.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, now) -> history.show(RecordType.CARRY, now == null ? null : now.id()));
        model.dateStyle().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    private static TableColumn<CarryEntry, String> column(String id, String title, double width,
            Function<CarryEntry, String> value) {
        return RecordTables.text(id, title, width, value);
    }

    /** A date-time column shown as text but sorted by the time itself. */
    private static TableColumn<CarryEntry, LocalDateTime> timeColumn(String id, String title, double width,
            Function<CarryEntry, String> text, Function<CarryEntry, LocalDateTime> value) {
        return RecordTables.sortedBy(id, title, width, value, text);
    }

    private VBox bottom() {
        VBox bottom = new VBox(8, status, history);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        return bottom;
    }

    // ---- loading and filters ----------------------------------------------------------------------------

    /** Reloads the records (each time the screen is shown); the filter and the selected record stay. */
    public void refresh() {
        CarryEntry chosen = table.getSelectionModel().getSelectedItem();
        reload(chosen == null ? null : chosen.id());
    }

    /** Shows the records {@code filter} picks (the home screen's items open the list this way). */
    public void applyFilter(CarryFilter filter) {
        model.setFilter(filter);
    }

    private void reload(Long selectId) {
        model.load(() -> select(selectId), this::showError);
    }

    private void select(Long id) {
        RecordTables.select(table, id, CarryEntry::id);
    }

    // ---- actions ----------------------------------------------------------------------------------------

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private CarryEntry selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private Consumer<CarryEntry> done(String key) {
        return entry -> {
            if (entry != null) {
                status.setText(messages.get(key, messages.label(entry.record().kind()), entry.targetText()));
                reload(entry.id());
            } else {
                refresh();
            }
        };
    }

    private void openForm(CarryKind kind) {
        CarryFormView.open(window(), services, messages, kind, done("carry.ui.done.applied"));
    }

    private void openDecision(boolean paper) {
        CarryEntry entry = selected();
        if (entry != null) {
            CarryDecision.open(window(), services, messages, entry, model.dateStyle().get(), paper,
                    done("carry.ui.done.decided"));
        }
    }

    private void openStep(CarryAction action) {
        CarryEntry entry = selected();
        if (entry != null) {
            CarryStepView.open(window(), services, messages, entry, action, model.dateStyle().get(),
                    done(action == CarryAction.MARK_OUT ? "carry.ui.done.out" : "carry.ui.done.cancelled"));
        }
    }

    private void openReturn() {
        CarryEntry entry = selected();
        if (entry != null) {
            CarryReturnView.open(window(), services, messages, entry, model.dateStyle().get(),
                    done("carry.ui.done.returned"));
        }
    }

    // ---- exports ----------------------------------------------------------------------------------------

    private void chooseLogFile() {
        FiscalYear year = model.exportYear().get();
        model.logExportPlan(year, plan -> {
            File file = chooseFile(messages.get("carry.ui.action.exportLog"), plan.fileName());
            if (file != null) {
                ExportProtectionChoice.ask(window(), messages, plan.confidentiality())
                        .ifPresent(protection -> exportLog(year, file.toPath(), protection));
            }
        }, this::showError);
    }

    private void chooseApplicationFile() {
        CarryEntry entry = selected();
        if (entry == null) {
            return;
        }
        model.applicationExportPlan(entry.id(), plan -> {
            File file = chooseFile(messages.get("carry.ui.action.exportApplication"), plan.fileName());
            if (file != null) {
                ExportProtectionChoice.ask(window(), messages, plan.confidentiality())
                        .ifPresent(protection -> exportApplication(entry.id(), file.toPath(), protection));
            }
        }, this::showError);
    }

    private File chooseFile(String title, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        return chooser.showSaveDialog(window());
    }

    /** Writes the 持出・持込記録簿 of {@code year} to {@code out} (a file, or a folder to name it in). */
    public void exportLog(FiscalYear year, Path out, ExportProtection protection) {
        boolean encrypted = protection.encrypted();
        track(model.exportLog(year, out, protection, written -> exported(written, encrypted), this::exportFailed));
    }

    /** Writes the 申請書 of one record to {@code out} (a file, or a folder to name it in). */
    public void exportApplication(long id, Path out, ExportProtection protection) {
        boolean encrypted = protection.encrypted();
        track(model.exportApplication(id, out, protection, written -> exported(written, encrypted),
                this::exportFailed));
    }

    private void track(Task<Path> task) {
        status.track(task, messages.get("carry.ui.export.running"), messages.get("export.cancelled"));
    }

    private void exported(Path written, boolean encrypted) {
        status.end();
        status.setText(ExportProtectionChoice.done(messages,
                messages.get("carry.ui.export.done", written.toAbsolutePath()), encrypted));
    }

    private void exportFailed(Throwable error) {
        status.end();
        status.setText("");
        showError(error);
    }

    private void showError(Throwable error) {
        Dialogs.showError(window(), messages, ErrorMessages.describe(error, messages));
    }

    CarryListViewModel model() {
        return model;
    }
}
