package org.daicho.ui.disposal;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalFilter;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.RecordType;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.DisposalExport;
import org.daicho.service.ErrorMessages;
import org.daicho.service.ExportProtection;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.ExportProtectionChoice;
import org.daicho.ui.common.RecordTables;
import org.daicho.ui.common.TaskStatusBar;
import org.daicho.ui.history.RecordHistoryPane;

/**
 * 廃棄記録 (policy 2.3(2)⑩): every record in a table (機密性3 flagged, final ones faded), filters by 年度, 状態 and
 * free text, the buttons for each step (申請, 許可・却下, 紙決裁, 実施, 取消, 証跡) and the 廃棄記録簿 export.
 */
public final class DisposalListView extends BorderPane {

    private static final PseudoClass CONFIDENTIAL3 = PseudoClass.getPseudoClass("confidential3");
    private static final PseudoClass FINAL = PseudoClass.getPseudoClass("final");

    private final DaichoServices services;
    private final Messages messages;
    private final DisposalListViewModel model;
    private final TableView<DisposalEntry> table = new TableView<>();
    private final RecordHistoryPane history;
    private final TaskStatusBar status;
    private DisposalExport lastExport;

    public DisposalListView(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        this.model = new DisposalListViewModel(services, messages);
        this.history = new RecordHistoryPane(services, messages);
        this.status = new TaskStatusBar("disposalStatus", "disposalExportProgress", "disposalCancelExportButton",
                messages.get("disposal.ui.export.cancel"));
        history.show(RecordType.DISPOSAL, null);
        getStyleClass().add("disposal-view");
        getStylesheets().add(DisposalListView.class.getResource(DisposalDialogs.STYLESHEET).toExternalForm());
        setPadding(new Insets(16));
        setTop(header());
        setCenter(table());
        setBottom(bottom());
    }

    private VBox header() {
        Label title = new Label(messages.get("disposal.ui.title"));
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("disposalCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.countText());
        Label policy = new Label(messages.get("disposal.ui.subtitle"));
        policy.getStyleClass().addAll("text-muted", "text-small");
        HBox titleRow = new HBox(12, title, count, policy);
        titleRow.setAlignment(Pos.BASELINE_LEFT);

        var selected = table.getSelectionModel().selectedItemProperty();
        Button apply = action("disposalNewButton", "disposal.ui.action.new", true, this::openForm);
        apply.setDisable(!model.mayRecord());
        Button decide = action("disposalApproveButton", "disposal.ui.action.decide", false, () -> openDecision(false));
        decide.disableProperty().bind(when(DisposalListViewModel::awaitsDecision, model.mayDecide()));
        decide.setTooltip(new Tooltip(messages.get(model.mayDecide() ? "disposal.ui.action.decide.tip"
                : "disposal.ui.action.decide.notManager")));
        Button paper = action("disposalPaperButton", "disposal.ui.action.paper", false, () -> openDecision(true));
        paper.disableProperty().bind(when(DisposalListViewModel::awaitsDecision, model.mayRecordPaper()));
        paper.setTooltip(new Tooltip(messages.get("disposal.ui.action.paper.tip")));
        Button execute = action("disposalExecuteButton", "disposal.ui.action.execute", false, this::openExecution);
        execute.disableProperty().bind(when(DisposalListViewModel::mayExecute, model.mayRecord()));
        execute.setTooltip(new Tooltip(messages.get("disposal.ui.action.execute.tip")));
        Button cancel = action("disposalCancelButton", "disposal.ui.action.cancel", false, this::openCancel);
        cancel.disableProperty().bind(when(DisposalListViewModel::mayCancel, model.mayRecord()));
        Button evidence = action("disposalEvidenceButton", "disposal.ui.action.evidence", false, this::openEvidence);
        evidence.disableProperty().bind(selected.isNull());
        Button details = action("disposalDetailsButton", "disposal.ui.action.details", false, this::openDetails);
        details.disableProperty().bind(selected.isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ComboBox<FiscalYear> year = new ComboBox<>(model.fiscalYears());
        year.setId("disposalExportYear");
        Choices.labelled(year, y -> y.label(model.dateStyle().get()), "");
        year.valueProperty().bindBidirectional(model.exportYear());
        year.setTooltip(new Tooltip(messages.get("disposal.ui.action.exportLog.tip")));
        Button exportLog = action("disposalExportLogButton", "disposal.ui.action.exportLog", false, this::chooseFolder);
        exportLog.disableProperty().bind(model.exportYear().isNull());
        exportLog.setTooltip(new Tooltip(messages.get("disposal.ui.action.exportLog.tip")));
        HBox actions = new HBox(8, apply, new Separator(Orientation.VERTICAL), decide, paper, execute, cancel,
                new Separator(Orientation.VERTICAL), evidence, details, spacer, year, exportLog);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (Node node : actions.getChildren()) {
            if (node instanceof Button || node instanceof ComboBox) {
                ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        VBox header = new VBox(10, titleRow, actions, filters());
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    /** Disabled unless a record is selected, its status allows the action, and the account's role does. */
    private BooleanBinding when(Predicate<DisposalEntry> statusAllows, boolean roleAllows) {
        return RecordTables.disabledUnless(table, statusAllows, roleAllows);
    }

    private Button action(String id, String key, boolean accent, Runnable run) {
        return DisposalDialogs.PARTS.button(id, messages.get(key), accent, run);
    }

    private HBox filters() {
        ObservableList<FiscalYear> years = FXCollections.observableArrayList((FiscalYear) null);
        model.fiscalYears().addListener((ListChangeListener<FiscalYear>) change -> {
            FiscalYear chosen = model.year().get();
            years.setAll(FXCollections.observableArrayList((FiscalYear) null));
            years.addAll(model.fiscalYears());
            model.year().set(chosen);
        });
        ComboBox<FiscalYear> year = new ComboBox<>(years);
        year.setId("disposalYearFilter");
        Choices.labelled(year, y -> y.label(model.dateStyle().get()), messages.get("disposal.ui.filter.allYears"));
        year.valueProperty().bindBidirectional(model.year());
        ObservableList<DisposalStatus> statuses = FXCollections.observableArrayList((DisposalStatus) null);
        statuses.addAll(DisposalStatus.values());
        ComboBox<DisposalStatus> state = new ComboBox<>(statuses);
        state.setId("disposalStatusFilter");
        Choices.labelled(state, messages::label, messages.get("disposal.ui.filter.allStatuses"));
        state.valueProperty().bindBidirectional(model.status());
        TextField text = new TextField();
        text.setId("disposalTextFilter");
        text.setPromptText(messages.get("disposal.ui.filter.textPrompt"));
        text.textProperty().bindBidirectional(model.text());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button clear = new Button(messages.get("disposal.ui.filter.clear"));
        clear.setId("disposalClearFilter");
        clear.setOnAction(event -> model.clearFilter());
        Label yearLabel = new Label(messages.get("disposal.ui.filter.year"));
        Label stateLabel = new Label(messages.get("disposal.field.STATUS"));
        HBox row = new HBox(8, yearLabel, year, stateLabel, state, text, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node node : List.of(yearLabel, year, stateLabel, state, clear)) {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
        }
        return row;
    }

    private TableView<DisposalEntry> table() {
        table.setId("disposalTable");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("disposal.ui.empty")));
        table.getColumns().add(column("RECORD_NO", messages.get("disposal.field.RECORD_NO"), 90,
                e -> e.record().recordNo()));
        table.getColumns().add(column("STATUS", messages.get("disposal.field.STATUS"), 96, model::statusText));
        table.getColumns().add(column("END", messages.get("disposal.field.END"), 78,
                e -> messages.label(e.record().application().end())));
        TableColumn<DisposalEntry, String> target = column("TARGET", messages.get("disposal.ui.column.target"), 190,
                model::targetText);
        target.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                DisposalEntry entry = RecordTables.rowItem(this, empty);
                setText(entry == null ? null : item);
                setTooltip(entry == null || entry.assets().size() < 2 ? null
                        : new Tooltip(DisposalTexts.assetLines(entry, messages)));
            }
        });
        table.getColumns().add(target);
        // 機密性3 is flagged where the class is shown (policy 2.3(1))
        TableColumn<DisposalEntry, Integer> confidentiality = new TableColumn<>(
                messages.get("disposal.ui.column.confidentiality"));
        confidentiality.setId("column-CONFIDENTIALITY");
        confidentiality.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().highestConfidentiality()));
        confidentiality.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label(messages.get("disposal.ui.flag.confidential3"));

            {
                badge.getStyleClass().add("disposal-flag-badge");
            }

            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                DisposalEntry entry = RecordTables.rowItem(this, empty);
                boolean three = entry != null && item != null && item >= 3;
                setText(entry == null || three ? null : model.confidentialityText(entry));
                setGraphic(three ? badge : null);
            }
        });
        confidentiality.setPrefWidth(72);
        table.getColumns().add(confidentiality);
        table.getColumns().add(RecordTables.sortedBy("DAY", messages.get("disposal.ui.column.day"), 116,
                e -> DisposalFilter.dayOf(e.record()), model::dayText));
        TableColumn<DisposalEntry, String> method = column("METHOD", messages.get("disposal.ui.column.method"), 160,
                model::methodText);
        table.getColumns().add(RecordTables.tipped(method));
        table.getColumns().add(RecordTables.tipped(column("PERFORMER", messages.get("disposal.field.PERFORMER"), 86,
                model::performerText)));
        table.getColumns().add(RecordTables.tipped(column("WITNESS", messages.get("disposal.field.WITNESS"), 72,
                model::witnessText)));
        TableColumn<DisposalEntry, Integer> evidence = new TableColumn<>(messages.get("disposal.ui.column.evidence"));
        evidence.setId("column-EVIDENCE");
        evidence.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().record().evidence().size()));
        evidence.setStyle("-fx-alignment: CENTER_RIGHT;");
        evidence.setPrefWidth(40);
        table.getColumns().add(evidence);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        SortedList<DisposalEntry> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<DisposalEntry> row = RecordTables.styledRow(Map.of(
                    CONFIDENTIAL3, e -> e.highestConfidentiality() >= 3,
                    FINAL, e -> e.record().status().isFinal() && e.record().status() != DisposalStatus.COMPLETED));
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    openDetails();
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, now) -> history.show(RecordType.DISPOSAL, now == null ? null : now.id()));
        model.dateStyle().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    private static TableColumn<DisposalEntry, String> column(String id, String title, double width,
            Function<DisposalEntry, String> value) {
        return RecordTables.text(id, title, width, value);
    }

    private VBox bottom() {
        VBox bottom = new VBox(8, status, history);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        return bottom;
    }

    // ---- loading and filters ----------------------------------------------------------------------------

    /** Reloads the records (each time the screen is shown); the filter and the selected record stay. */
    public void refresh() {
        DisposalEntry chosen = table.getSelectionModel().getSelectedItem();
        reload(chosen == null ? null : chosen.id());
    }

    /** Shows the records {@code filter} picks (the home screen's items open the list this way). */
    public void applyFilter(DisposalFilter filter) {
        model.setFilter(filter);
    }

    private void reload(Long selectId) {
        model.load(() -> select(selectId), this::showError);
    }

    private void select(Long id) {
        RecordTables.select(table, id, DisposalEntry::id);
    }

    // ---- actions ----------------------------------------------------------------------------------------

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private DisposalEntry selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private Consumer<DisposalEntry> done(String key) {
        return entry -> {
            if (entry != null) {
                status.setText(messages.get(key, entry.record().recordNo(), DisposalTexts.target(entry, messages)));
                reload(entry.id());
            } else {
                refresh();
            }
        };
    }

    private void openForm() {
        DisposalFormView.open(window(), services, messages, done("disposal.ui.done.applied"));
    }

    private void openDecision(boolean paper) {
        DisposalEntry entry = selected();
        if (entry != null) {
            DisposalDecision.open(window(), services, messages, entry, model.dateStyle().get(), paper,
                    done("disposal.ui.done.decided"));
        }
    }

    private void openExecution() {
        DisposalEntry entry = selected();
        if (entry != null) {
            DisposalExecutionView.open(window(), services, messages, entry, model.dateStyle().get(),
                    done("disposal.ui.done.executed"));
        }
    }

    private void openCancel() {
        DisposalEntry entry = selected();
        if (entry != null) {
            DisposalCancelView.open(window(), services, messages, entry, model.dateStyle().get(),
                    done("disposal.ui.done.cancelled"));
        }
    }

    private void openEvidence() {
        DisposalEntry entry = selected();
        if (entry != null) {
            DisposalEvidenceView.open(window(), services, messages, entry, model.dateStyle().get(),
                    () -> reload(entry.id()));
        }
    }

    private void openDetails() {
        DisposalEntry entry = selected();
        if (entry != null) {
            DisposalDetailsView.open(window(), services, messages, entry, model.dateStyle().get());
        }
    }

    // ---- the 廃棄記録簿 ------------------------------------------------------------------------------------

    private void chooseFolder() {
        FiscalYear year = model.exportYear().get();
        if (year == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("disposal.ui.export.chooseFolder", year.label(model.dateStyle().get())));
        File folder = chooser.showDialog(window());
        if (folder != null) {
            model.logConfidentiality(year, confidentiality -> ExportProtectionChoice.ask(window(), messages,
                    confidentiality).ifPresent(protection -> exportLog(year, folder.toPath(), protection)),
                    this::showError);
        }
    }

    /**
     * Writes the 廃棄記録簿 of {@code year} with its evidence folder into {@code folder}, in the background with
     * progress and cancel; afterwards says what was written, and warns of any evidence whose SHA-256 changed.
     */
    public void exportLog(FiscalYear year, Path folder, ExportProtection protection) {
        lastExport = null;
        boolean encrypted = protection.encrypted();
        Task<DisposalExport> task = model.exportLog(year, folder, protection, export -> exported(export, encrypted),
                this::exportFailed);
        status.track(task, messages.get("disposal.ui.export.running", year.label(model.dateStyle().get())),
                messages.get("export.cancelled"));
    }

    private void exported(DisposalExport export, boolean encrypted) {
        status.end();
        lastExport = export;
        String warning = model.exportWarning(export);
        status.setText(ExportProtectionChoice.done(messages, messages.get(warning.isEmpty()
                ? "disposal.ui.export.done" : "disposal.ui.export.doneChanged", export.workbook().toAbsolutePath()),
                encrypted));
        Alert alert = new Alert(warning.isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "",
                ButtonType.OK);
        alert.initOwner(window());
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get(warning.isEmpty() ? "disposal.ui.export.header"
                : "disposal.ui.export.headerChanged"));
        Label summary = new Label(model.exportSummary(export, encrypted));
        summary.setWrapText(true);
        summary.setId("disposalExportSummary");
        VBox content = new VBox(10, summary);
        if (!warning.isEmpty()) {
            TextArea changed = new TextArea(warning);
            changed.setId("disposalExportWarning");
            changed.setEditable(false);
            changed.setWrapText(true);
            changed.setPrefRowCount(6);
            changed.getStyleClass().add("disposal-changed");
            content.getChildren().add(changed);
        }
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(640);
        alert.show();
        refresh();
    }

    private void exportFailed(Throwable error) {
        status.end();
        status.setText("");
        showError(error);
    }

    private void showError(Throwable error) {
        Dialogs.showError(window(), messages, ErrorMessages.describe(error, messages));
    }

    /** What the last export wrote (null while one runs or none has). */
    DisposalExport lastExport() {
        return lastExport;
    }

    DisposalListViewModel model() {
        return model;
    }
}
