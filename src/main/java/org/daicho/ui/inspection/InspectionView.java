package org.daicho.ui.inspection;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.daicho.domain.FiscalYear;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Navigator;
import org.daicho.ui.common.RecordTables;
import org.daicho.ui.common.TaskStatusBar;
import org.daicho.ui.inspection.InspectionViewModel.FindingRow;
import org.daicho.ui.inspection.InspectionViewModel.ItemRow;

/**
 * 自己点検 (policy 2.9.2): the items of forms.md E answered live from the records of a 年度, each with a coloured
 * badge that also says 実施 / 一部 / 未実施 in words (colour is never the only sign), and the failing records of the
 * chosen item, each one double-click (or Enter) from its own screen.
 */
public final class InspectionView extends BorderPane {

    static final String STYLESHEET = "/org/daicho/ui/inspection/inspection.css";

    private final Messages messages;
    private final InspectionViewModel model;
    private final TableView<ItemRow> itemTable = new TableView<>();
    private final TableView<FindingRow> findingTable = new TableView<>();
    private final TaskStatusBar status;
    private Task<?> loading;

    public InspectionView(DaichoServices services, Messages messages, Navigator navigator) {
        this.messages = messages;
        this.model = new InspectionViewModel(services, messages, navigator);
        getStyleClass().add("inspection-view");
        getStylesheets().add(InspectionView.class.getResource(STYLESHEET).toExternalForm());
        setPadding(new Insets(16, 20, 12, 20));
        status = new TaskStatusBar("inspectionStatus", "inspectionProgress", "inspectionCancel",
                messages.get("inspection.ui.cancel"));

        setTop(header());
        SplitPane split = new SplitPane(items(), findings());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        setCenter(split);
        VBox bottom = new VBox(10, committee(), status);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        setBottom(bottom);
        model.year().addListener((obs, old, now) -> refresh());
    }

    private VBox header() {
        Label title = new Label(messages.get("inspection.ui.title"));
        title.getStyleClass().add("title-2");
        ChoiceBox<FiscalYear> year = new ChoiceBox<>(model.years());
        year.setId("inspectionYear");
        Choices.labelled(year, model::yearLabel);
        year.valueProperty().bindBidirectional(model.year());
        year.disableProperty().bind(model.busy());
        Label yearLabel = new Label(messages.get("inspection.ui.year"));
        yearLabel.setLabelFor(year);
        Label asOf = new Label();
        asOf.setId("inspectionAsOf");
        asOf.getStyleClass().add("text-muted");
        asOf.textProperty().bind(model.asOfText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button auditBook = new Button(messages.get("inspection.ui.auditBook"));
        auditBook.setId("inspectionAuditBookButton");
        auditBook.setTooltip(new Tooltip(messages.get("inspection.ui.auditBook.tip")));
        auditBook.setOnAction(event -> model.openAuditBook());
        HBox titleRow = new HBox(12, title, yearLabel, year, asOf, spacer, auditBook);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label(messages.get("inspection.ui.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        VBox header = new VBox(6, titleRow, intro);
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    // ---- the items -------------------------------------------------------------------------------------------

    private VBox items() {
        itemTable.setId("inspectionItems");
        itemTable.setPlaceholder(new Label(messages.get("inspection.ui.loading")));
        TableColumn<ItemRow, String> outcome = RecordTables.text("OUTCOME", messages.get("inspection.ui.column.outcome"),
                86, ItemRow::outcomeText);
        outcome.setCellFactory(column -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                ItemRow row = RecordTables.rowItem(this, empty);
                if (row == null) {
                    setGraphic(null);
                    return;
                }
                // the word says it; the colour only helps (green 実施, amber 一部, red 未実施)
                badge.setText(text);
                badge.getStyleClass().setAll("label", "inspection-badge", "outcome-" + row.outcome().name());
                badge.setId("outcome-" + row.item().name());
                setGraphic(badge);
                setText(null);
            }
        });
        itemTable.getColumns().add(outcome);
        itemTable.getColumns().add(RecordTables.tipped(RecordTables.text("ITEM",
                messages.get("inspection.ui.column.item"), 560, ItemRow::text)));
        itemTable.getColumns().add(RecordTables.text("CLAUSE", messages.get("inspection.ui.column.clause"), 80,
                r -> r.item().clause()));
        itemTable.getColumns().add(RecordTables.text("CHECKED", messages.get("inspection.ui.column.checked"), 80,
                ItemRow::checkedText));
        itemTable.getColumns().add(RecordTables.text("FAILING", messages.get("inspection.ui.column.failing"), 80,
                ItemRow::failingText));
        itemTable.getColumns().forEach(c -> c.setSortable(false));
        itemTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        itemTable.setItems(model.items());
        itemTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selected().set(now));
        model.selected().addListener((obs, old, now) -> {
            if (now != itemTable.getSelectionModel().getSelectedItem()) {
                itemTable.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(itemTable, Priority.ALWAYS);
        return new VBox(itemTable);
    }

    // ---- the failing records of the chosen item --------------------------------------------------------------

    private VBox findings() {
        Label title = new Label();
        title.setId("inspectionFindingsTitle");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.textProperty().bind(model.findingsTitle());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button(messages.get("inspection.ui.open"));
        open.setId("inspectionOpenButton");
        open.disableProperty().bind(findingTable.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> openSelected());
        HBox titleRow = new HBox(10, title, spacer, open);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        findingTable.setId("inspectionFindings");
        findingTable.setPlaceholder(new Label(""));
        findingTable.getColumns().add(RecordTables.tipped(RecordTables.text("REFERENCE",
                messages.get("inspection.ui.column.reference"), 240, FindingRow::reference)));
        findingTable.getColumns().add(RecordTables.tipped(RecordTables.text("PROBLEM",
                messages.get("inspection.ui.column.problem"), 600, FindingRow::problem)));
        findingTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        findingTable.setItems(model.findings());
        findingTable.setRowFactory(table -> {
            TableRow<FindingRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem(), this::failed);
                }
            });
            return row;
        });
        findingTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        VBox.setVgrow(findingTable, Priority.ALWAYS);
        VBox box = new VBox(8, titleRow, findingTable);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void openSelected() {
        FindingRow row = findingTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.open(row, this::failed);
        }
    }

    // ---- the committee report date ---------------------------------------------------------------------------

    private VBox committee() {
        Label label = new Label(messages.get("inspection.field.committeeReportedOn"));
        TextField date = new TextField();
        date.setId("inspectionCommitteeDate");
        date.setPrefColumnCount(14);
        date.setPromptText(messages.get("inspection.ui.committee.prompt"));
        date.textProperty().bindBidirectional(model.committeeDate());
        label.setLabelFor(date);
        Button save = new Button(messages.get("inspection.ui.committee.save"));
        save.setId("inspectionCommitteeSave");
        boolean mayRecord = model.mayRecordCommitteeReport();
        date.setEditable(mayRecord);
        save.setVisible(mayRecord);
        save.setManaged(mayRecord);
        save.disableProperty().bind(model.busy());
        save.setOnAction(event -> model.saveCommitteeDate(this::refresh));
        Label hint = new Label(messages.get(mayRecord ? "inspection.ui.committee.hint"
                : "inspection.ui.committee.adminOnly"));
        hint.getStyleClass().add("text-muted");
        HBox row = new HBox(10, label, date, save, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("inspectionCommitteeMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.committeeMessage());
        message.visibleProperty().bind(model.committeeMessage().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return new VBox(4, row, message);
    }

    // ---- loading ---------------------------------------------------------------------------------------------

    /** Inspects the chosen year again (on showing the screen, changing the year, saving the date). */
    public void refresh() {
        if (loading != null && loading.isRunning()) {
            loading.cancel();
        }
        Task<?> task = model.load(summary -> {
            status.end();
            status.setText(summary);
        }, this::failed);
        loading = task;
        status.track(task, messages.get("inspection.ui.loading"), messages.get("inspection.ui.cancelled"));
        task.setOnCancelled(event -> {
            model.cancelled();
            status.end();
            status.setText(messages.get("inspection.ui.cancelled"));
        });
    }

    private void failed(Throwable error) {
        status.end();
        status.setText(messages.get("inspection.ui.failed", ErrorMessages.describe(error, messages)));
    }
}
