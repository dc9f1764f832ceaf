package org.daicho.ui.assets;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.daicho.domain.AssetFilter;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.DateStyle;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.Role;
import org.daicho.domain.Section;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.service.ExportProtection;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.ExportProtectionChoice;

/**
 * The 情報資産管理台帳 screen: every asset in a sortable table, a search box that filters as you type, filters
 * by kind, 機密性, status and section, the form to add and edit, and the export of what is shown.
 */
public final class AssetLedgerView extends BorderPane {

    private static final PseudoClass FINAL = PseudoClass.getPseudoClass("final");

    private final DaichoServices services;
    private final Messages messages;
    private final AssetLedgerViewModel model;
    private final TableView<LedgerEntry> table = new TableView<>();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancelExport = new Button();
    private Task<Path> exportTask;

    public AssetLedgerView(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        this.model = new AssetLedgerViewModel(services, messages);
        getStyleClass().add("ledger-view");
        setPadding(new Insets(16));

        setTop(header());
        setCenter(table());
        setBottom(statusBar());
    }

    private VBox header() {
        Label title = new Label(messages.get("assets.title"));
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("assetCount");
        count.textProperty().bind(model.countText());
        count.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(messages.get("assets.new"));
        add.setId("newAssetButton");
        add.getStyleClass().add("accent");
        add.setOnAction(event -> openForm(null));
        // records are kept by 事務担当 and システム管理者; the service refuses others as well
        add.setDisable(!services.actor().mayDo(Role.CLERK, Role.ADMIN));
        Button edit = new Button(messages.get("assets.edit"));
        edit.setId("editAssetButton");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(event -> openForm(table.getSelectionModel().getSelectedItem()));
        Button export = new Button(messages.get("assets.export"));
        export.setId("exportButton");
        export.setOnAction(event -> chooseExportFile());
        HBox titleRow = new HBox(12, title, count, spacer, add, edit, export);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        TextField search = new TextField();
        search.setId("searchField");
        search.setPromptText(messages.get("assets.search.prompt"));
        search.textProperty().bindBidirectional(model.searchText());
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<AssetKind> kind = filterBox("kindFilter", FXCollections.observableArrayList(AssetKind.values()),
                messages::label, messages.get("assets.filter.allKinds"));
        kind.valueProperty().bindBidirectional(model.kind());
        ComboBox<Integer> confidentiality = filterBox("confidentialityFilter", FXCollections.observableArrayList(3, 2, 1),
                c -> messages.get("assets.class.C" + c), messages.get("assets.filter.allClasses"));
        confidentiality.valueProperty().bindBidirectional(model.confidentiality());
        ComboBox<AssetStatus> state = filterBox("statusFilter", FXCollections.observableArrayList(AssetStatus.values()),
                messages::label, messages.get("assets.filter.allStatuses"));
        state.valueProperty().bindBidirectional(model.status());
        ComboBox<Section> section = filterBox("sectionFilter", model.sections(), Section::name,
                messages.get("assets.filter.allSections"));
        section.valueProperty().bindBidirectional(model.section());
        Button clear = new Button(messages.get("assets.filter.clear"));
        clear.setId("clearFilterButton");
        clear.setOnAction(event -> model.clearFilter());
        HBox filters = new HBox(8, search, kind, confidentiality, state, section, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label attention = new Label();
        attention.setId("attentionFilter");
        attention.getStyleClass().add("attention-chip");
        Button clearAttention = new Button("×");
        clearAttention.setOnAction(event -> model.attention().set(null));
        HBox attentionRow = new HBox(6, attention, clearAttention);
        attentionRow.setAlignment(Pos.CENTER_LEFT);
        attentionRow.managedProperty().bind(model.attention().isNotNull());
        attentionRow.visibleProperty().bind(model.attention().isNotNull());
        model.attention().addListener((obs, old, now) -> attention.setText(now == null ? ""
                : messages.get("assets.filter.attention", messages.get("home.attention." + now.name()))));

        VBox header = new VBox(10, titleRow, filters, attentionRow);
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    private <T> ComboBox<T> filterBox(String id, javafx.collections.ObservableList<T> values, Function<T, String> label,
            String allText) {
        javafx.collections.ObservableList<T> items = FXCollections.observableArrayList();
        items.add(null);
        items.addAll(values);
        if (values != model.sections()) {
            return box(id, items, label, allText);
        }
        // sections arrive with the data: keep the "all" entry first
        values.addListener((javafx.collections.ListChangeListener<T>) change -> {
            items.setAll(FXCollections.observableArrayList((T) null));
            items.addAll(values);
        });
        return box(id, items, label, allText);
    }

    private static <T> ComboBox<T> box(String id, javafx.collections.ObservableList<T> items, Function<T, String> label,
            String allText) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        Choices.labelled(box, label, allText);
        return box;
    }

    private TableView<LedgerEntry> table() {
        table.setId("assetTable");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("assets.empty")));
        table.getColumns().add(column("ASSET_NO", 110, e -> e.asset().assetNo()));
        table.getColumns().add(column("NAME", 220, e -> e.asset().name()));
        table.getColumns().add(column("KIND", 120, e -> messages.label(e.asset().kind())));
        table.getColumns().add(column("SECTION", 110, LedgerEntry::sectionName));
        table.getColumns().add(column("MANAGER", 110, LedgerEntry::managerName));
        table.getColumns().add(numberColumn("CONFIDENTIALITY", e -> e.asset().classes().confidentiality()));
        table.getColumns().add(numberColumn("INTEGRITY", e -> e.asset().classes().integrity()));
        table.getColumns().add(numberColumn("AVAILABILITY", e -> e.asset().classes().availability()));
        table.getColumns().add(column("STATUS", 100, e -> messages.label(e.asset().status())));
        table.getColumns().add(column("STORAGE_PLACE", 160, e -> e.asset().storagePlace()));
        DateStyle style = services.settings().settings().dateStyle();
        TableColumn<LedgerEntry, java.time.LocalDate> reviewed = new TableColumn<>(messages.get("asset.field.LAST_REVIEWED_ON"));
        reviewed.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().asset().lastReviewedOn()));
        reviewed.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : style.format(item));
            }
        });
        reviewed.setPrefWidth(130);
        table.getColumns().add(reviewed);
        table.getColumns().add(column("warning", 60, e -> e.asset().storageWarnings().isEmpty() ? "" : "⚠"));

        table.setItems(model.rows());
        // the view-model keeps the whole ledger in the table's order; see AssetLedgerViewModel
        table.setSortPolicy(t -> {
            model.sortBy(t.getSortOrder().isEmpty() ? null : t.getComparator());
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<LedgerEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(LedgerEntry item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(FINAL, !empty && item != null && item.asset().isReadOnly());
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    openForm(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private TableColumn<LedgerEntry, String> column(String field, double width, Function<LedgerEntry, String> value) {
        String title = "warning".equals(field) ? messages.get("assets.column.warning") : messages.get("asset.field." + field);
        TableColumn<LedgerEntry, String> column = new TableColumn<>(title);
        column.setId("column-" + field);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<LedgerEntry, Integer> numberColumn(String field, Function<LedgerEntry, Integer> value) {
        TableColumn<LedgerEntry, Integer> column = new TableColumn<>(messages.get("asset.field." + field));
        column.setId("column-" + field);
        column.setCellValueFactory(c -> (ObservableValue<Integer>) new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(70);
        column.setStyle("-fx-alignment: CENTER;");
        return column;
    }

    private HBox statusBar() {
        status.setId("ledgerStatus");
        progress.setId("exportProgress");
        progress.setPrefWidth(240);
        progress.setVisible(false);
        cancelExport.setText(messages.get("assets.export.cancel"));
        cancelExport.setId("cancelExportButton");
        cancelExport.setVisible(false);
        cancelExport.setOnAction(event -> {
            if (exportTask != null) {
                exportTask.cancel();
            }
        });
        HBox bar = new HBox(10, status, progress, cancelExport);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 0, 0));
        return bar;
    }

    /** Reloads the assets (each time the screen is shown); the filter stays. */
    public void refresh() {
        model.load(error -> Dialogs.showError(getScene().getWindow(), messages, ErrorMessages.describe(error, messages)));
    }

    public void applyFilter(AssetFilter filter) {
        model.setFilter(filter);
    }

    private void openForm(LedgerEntry entry) {
        AssetFormView.open(getScene().getWindow(), services, messages, entry, saved -> {
            status.setText(messages.get("assets.saved", saved.asset().assetNo()));
            model.load(error -> Dialogs.showError(getScene().getWindow(), messages, ErrorMessages.describe(error, messages)));
        });
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("assets.export"));
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        ExportProtectionChoice.ask(getScene().getWindow(), messages, model.shownConfidentiality())
                .ifPresent(protection -> export(file.toPath(), protection));
    }

    /** Exports what the table shows to {@code out} (a file, or a folder to name the file in) as {@code protection} says. */
    public void export(Path out, ExportProtection protection) {
        progress.setVisible(true);
        cancelExport.setVisible(true);
        status.setText(messages.get("assets.export.running"));
        boolean encrypted = protection.encrypted();
        exportTask = model.export(out, protection, written -> {
            endExport();
            status.setText(ExportProtectionChoice.done(messages,
                    messages.get("assets.export.done", written.toAbsolutePath()), encrypted));
        }, error -> {
            endExport();
            status.setText("");
            Dialogs.showError(getScene().getWindow(), messages, ErrorMessages.describe(error, messages));
        });
        exportTask.setOnCancelled(event -> {
            endExport();
            status.setText(messages.get("export.cancelled"));
        });
        progress.progressProperty().bind(exportTask.progressProperty());
    }

    private void endExport() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancelExport.setVisible(false);
    }

    AssetLedgerViewModel model() {
        return model;
    }
}
