package org.daicho.ui.staffimport;

import java.io.File;
import java.nio.charset.Charset;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.StaffField;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ImportStatus;
import org.daicho.service.StaffImportRow;
import org.daicho.service.StaffImportService;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.FieldRows;
import org.daicho.ui.common.RecordTables;

/**
 * The staff import wizard: 1) choose the .xlsx or .csv file (a CSV file's encoding detected, and changeable),
 * 2) choose the column of each staff field, 3) check every row (新規・更新・変更なし・エラー, errors in red) and
 * import them all in one go, which is possible only without errors, 4) the counts.
 */
public final class StaffImportView extends BorderPane {

    /** The wizard's window and buttons (its message bar is its own: muted until the message is an error). */
    private static final DialogParts PARTS = new DialogParts("staffImport", DialogParts.Fit.TO_CONTENT, 120, 560,
            null);

    private final StaffImportViewModel model;
    private final Messages messages;
    private final Node filePane;
    private final Node mappingPane;
    private final Node previewPane;
    private final Node donePane;

    public StaffImportView(DaichoServices services, Messages messages, Runnable onClose) {
        this.model = new StaffImportViewModel(services, messages);
        this.messages = messages;
        setId("staffImportView");
        getStyleClass().add("staff-import");
        filePane = filePane();
        mappingPane = mappingPane();
        previewPane = previewPane();
        donePane = donePane();
        setTop(header());
        setBottom(buttons(onClose));
        showStep(model.step().get());
        model.step().addListener((obs, old, now) -> showStep(now));
    }

    /** Opens the wizard in a modal window; {@code onClosed} runs when it is closed (to reload the staff list). */
    public static Stage open(Window owner, DaichoServices services, Messages messages, Runnable onClosed) {
        Stage[] stage = new Stage[1];
        StaffImportView view = new StaffImportView(services, messages, () -> stage[0].close());
        stage[0] = PARTS.open(owner, messages.get("staff.import.title"), view, 1060, 660);
        stage[0].setOnHidden(event -> onClosed.run());
        return stage[0];
    }

    private void showStep(StaffImportViewModel.Step step) {
        setCenter(switch (step) {
            case FILE -> filePane;
            case MAPPING -> mappingPane;
            case PREVIEW -> previewPane;
            case DONE -> donePane;
        });
    }

    private Node header() {
        Label title = new Label(messages.get("staff.import.title"));
        title.getStyleClass().add("title-3");
        Label step = new Label();
        step.setId("staffImportStep");
        step.getStyleClass().add("text-muted");
        step.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("staff.import.step." + model.step().get().name()), model.step()));
        HBox header = new HBox(16, title, step);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.setPadding(new Insets(14, 16, 8, 16));
        return header;
    }

    private Node filePane() {
        Label intro = wrapped(messages.get("staff.import.file.intro"));
        Button choose = new Button(messages.get("staff.import.file.choose"));
        choose.setId("staffImportChoose");
        choose.disableProperty().bind(model.busy());
        choose.setOnAction(event -> chooseFile());
        Label fileName = new Label();
        fileName.setId("staffImportFile");
        fileName.textProperty().bind(model.fileText());
        HBox fileRow = new HBox(12, choose, fileName);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Charset> encoding = new ComboBox<>();
        encoding.getItems().setAll(StaffImportService.CSV_ENCODINGS);
        encoding.setId("staffImportEncoding");
        Choices.labelled(encoding, this::encodingLabel, "");
        encoding.valueProperty().bindBidirectional(model.encoding());
        encoding.disableProperty().bind(model.encodingMatters().not().or(model.busy()));
        Label detected = new Label();
        detected.setId("staffImportDetected");
        detected.getStyleClass().add("text-muted");
        detected.setWrapText(true);
        detected.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.table().get() == null) {
                return "";
            }
            Charset found = model.detectedEncoding().get();
            return found == null ? messages.get("staff.import.encoding.workbook")
                    : messages.get("staff.import.encoding.detected", encodingLabel(found));
        }, model.table(), model.detectedEncoding()));
        GridPane grid = FieldRows.grid();
        FieldRows rows = new FieldRows(grid);
        rows.add(messages.get("staff.import.encoding"), new VBox(4, encoding, detected), null, false);

        VBox pane = new VBox(16, intro, fileRow, grid);
        pane.setPadding(new Insets(8, 16, 16, 16));
        return pane;
    }

    private String encodingLabel(Charset charset) {
        return charset.equals(StaffImportService.WINDOWS_31J) ? messages.get("staff.import.encoding.sjis")
                : charset.name();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("staff.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("staff.import.file.filter"),
                "*.xlsx", "*.xls", "*.csv"));
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            model.chooseFile(chosen.toPath());
        }
    }

    private Node mappingPane() {
        Label intro = wrapped(messages.get("staff.import.mapping.intro"));
        GridPane grid = FieldRows.grid();
        grid.getColumnConstraints().get(0).setMinWidth(170);
        FieldRows rows = new FieldRows(grid);
        for (StaffField field : StaffField.values()) {
            ComboBox<Integer> box = new ComboBox<>(model.columns());
            box.setId("staffImportColumn-" + field.name());
            box.setPrefWidth(280);
            Choices.labelled(box, model::columnLabel, model.columnLabel(null));
            box.valueProperty().bindBidirectional(model.column(field));
            Label example = new Label();
            example.getStyleClass().add("text-muted");
            example.textProperty().bind(Bindings.createStringBinding(
                    () -> model.example(model.column(field).get()), model.column(field), model.table()));
            HBox line = new HBox(12, box, example);
            line.setAlignment(Pos.CENTER_LEFT);
            rows.add(messages.get("staff.field." + field.name()), line, null, StaffImportService.isRequired(field));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox pane = new VBox(12, intro, scroll);
        pane.setPadding(new Insets(8, 16, 8, 16));
        return pane;
    }

    private Node previewPane() {
        Label counts = new Label();
        counts.setId("staffImportCounts");
        counts.getStyleClass().add("title-4");
        counts.textProperty().bind(model.countsText());

        TableView<StaffImportRow> table = new TableView<>(model.rows());
        table.setId("staffImportTable");
        table.setPlaceholder(new Label(messages.get("staff.import.preview.empty")));
        TableColumn<StaffImportRow, String> row = column("row", messages.get("staff.import.column.row"), 48,
                r -> String.valueOf(r.row()));
        row.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(row);
        table.getColumns().add(marked(column("status", messages.get("staff.import.column.status"), 76,
                r -> messages.get("staff.import.status." + r.status().name()))));
        // what is wrong (or what an update changes) comes first, where it is seen without scrolling
        table.getColumns().add(marked(column("details", messages.get("staff.import.column.details"), 320,
                model::details)));
        for (StaffField field : StaffField.values()) {
            table.getColumns().add(fieldColumn(field));
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(10, counts, table);
        pane.setPadding(new Insets(8, 16, 8, 16));
        return pane;
    }

    private TableColumn<StaffImportRow, String> fieldColumn(StaffField field) {
        boolean flag = field == StaffField.SECURITY_MANAGER || field == StaffField.SYSTEM_MANAGER;
        String title = messages.get((flag ? "staff.column." : "staff.field.") + field.name());
        double width = switch (field) {
            case NAME, KANA -> 110;
            case HIRED_ON, LEFT_ON, CONSENT_ON -> 125;
            case SECURITY_MANAGER -> 130;
            case SYSTEM_MANAGER -> 105;
            default -> 85;
        };
        TableColumn<StaffImportRow, String> column = column(field.name(), title, width, r -> model.cellText(r, field));
        if (flag) {
            column.setStyle("-fx-alignment: CENTER;");
        }
        return column;
    }

    private static TableColumn<StaffImportRow, String> column(String id, String title, double width,
            Function<StaffImportRow, String> value) {
        TableColumn<StaffImportRow, String> column = RecordTables.text(null, title, width, value);
        column.setId("importColumn-" + id);
        column.setSortable(false);
        return column;
    }

    /**
     * A column whose text wraps (a row grows to show every error) and is red on a row with errors. A wrapped
     * {@link Text} is used because a table cell's own text does not make its row taller.
     */
    private static TableColumn<StaffImportRow, String> marked(TableColumn<StaffImportRow, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                StaffImportRow row = RecordTables.rowItem(this, empty);
                boolean error = row != null && row.status() == ImportStatus.ERROR;
                getStyleClass().remove("field-error");
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                if (error) {
                    getStyleClass().add("field-error");
                }
                text.setText(item);
                text.setStyle(error ? "-fx-fill: -color-danger-fg;" : "-fx-fill: -color-fg-default;");
                setGraphic(text);
            }
        });
        return column;
    }

    private Node donePane() {
        Label done = wrapped("");
        done.setId("staffImportDone");
        done.getStyleClass().add("title-4");
        done.textProperty().bind(model.doneText());
        VBox pane = new VBox(12, done);
        pane.setPadding(new Insets(16));
        return pane;
    }

    private Node buttons(Runnable onClose) {
        Label message = new Label();
        message.setId("staffImportMessage");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.textProperty().bind(model.message());
        message.getStyleClass().add("text-muted");
        model.messageIsError().addListener((obs, old, error) -> {
            message.getStyleClass().removeAll("field-error", "text-muted");
            message.getStyleClass().add(error ? "field-error" : "text-muted");
        });

        Button back = button("staffImportBack", messages.get("staff.import.back"), false);
        back.setOnAction(event -> model.back());
        back.disableProperty().bind(model.busy());
        shownIn(back, StaffImportViewModel.Step.MAPPING, StaffImportViewModel.Step.PREVIEW);
        Button next = button("staffImportNext", messages.get("staff.import.next"), true);
        next.setOnAction(event -> model.next());
        next.disableProperty().bind(model.canGoOn().not());
        shownIn(next, StaffImportViewModel.Step.FILE, StaffImportViewModel.Step.MAPPING);
        Button reload = button("staffImportReload", messages.get("staff.import.reload"), false);
        reload.setOnAction(event -> model.reload());
        reload.disableProperty().bind(model.busy());
        shownIn(reload, StaffImportViewModel.Step.PREVIEW);
        Button commit = button("staffImportCommit", messages.get("staff.import.commit"), true);
        commit.setOnAction(event -> model.importRows());
        commit.disableProperty().bind(model.canImport().not());
        shownIn(commit, StaffImportViewModel.Step.PREVIEW);
        Button close = button("staffImportClose", messages.get("staff.import.close"), false);
        close.setOnAction(event -> onClose.run());
        close.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.busy().get() && model.step().get() == StaffImportViewModel.Step.PREVIEW,
                model.busy(), model.step()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, message, spacer, back, reload, next, commit, close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 16, 12, 16));
        return bar;
    }

    private void shownIn(Button button, StaffImportViewModel.Step... steps) {
        button.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> java.util.List.of(steps).contains(model.step().get()), model.step()));
        button.managedProperty().bind(button.visibleProperty());
    }

    private static Button button(String id, String text, boolean accent) {
        return PARTS.button(id, text, accent);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    StaffImportViewModel model() {
        return model;
    }
}
