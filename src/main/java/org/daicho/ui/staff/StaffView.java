package org.daicho.ui.staff;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.RecordType;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffField;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;
import org.daicho.ui.history.RecordHistoryPane;
import org.daicho.ui.staffimport.StaffImportView;

/**
 * The staff list (職員): a searchable table above, the form to add or edit one staff member below. Selecting
 * a row loads it into the form.
 */
public final class StaffView extends BorderPane {

    /** Rows of staff who have left are dimmed like finished records (daicho.css). */
    private static final PseudoClass LEFT = PseudoClass.getPseudoClass("final");

    private final Messages messages;
    private final DaichoServices services;
    private final StaffViewModel model;
    private final TableView<Staff> table = new TableView<>();
    private final TextField staffNoField = new TextField();
    private final RecordHistoryPane history;

    public StaffView(DaichoServices services, Messages messages) {
        this.messages = messages;
        this.services = services;
        this.model = new StaffViewModel(services, messages);
        this.history = new RecordHistoryPane(services, messages);
        history.show(RecordType.STAFF, null);
        getStyleClass().add("staff-view");
        setPadding(new Insets(16));

        setTop(header());
        setCenter(table());
        // records are kept by 事務担当 and システム管理者; the service refuses others as well
        setBottom(form(services.actor().mayDo(org.daicho.domain.Role.CLERK, org.daicho.domain.Role.ADMIN)));
    }

    private VBox header() {
        Label title = new Label(messages.get("staff.title"));
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("staffCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.countText());
        Button importButton = new Button(messages.get("staff.import.open"));
        importButton.setId("staffImportButton");
        importButton.setDisable(!services.actor().mayDo(org.daicho.domain.Role.CLERK, org.daicho.domain.Role.ADMIN));
        importButton.setOnAction(event -> StaffImportView.open(getScene() == null ? null : getScene().getWindow(),
                services, messages, this::refresh));
        Region titleSpacer = new Region();
        HBox.setHgrow(titleSpacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, title, count, titleSpacer, importButton);
        titleRow.setAlignment(Pos.BASELINE_LEFT);

        TextField search = new TextField();
        search.setId("staffSearch");
        search.setPromptText(messages.get("staff.search.prompt"));
        search.textProperty().bindBidirectional(model.searchText());
        search.setPrefColumnCount(24);
        ObservableList<Section> choices = FXCollections.observableArrayList((Section) null);
        model.sections().addListener((ListChangeListener<Section>) change -> {
            choices.setAll(FXCollections.observableArrayList((Section) null));
            choices.addAll(model.sections());
        });
        ComboBox<Section> sectionFilter = new ComboBox<>(choices);
        sectionFilter.setId("staffSectionFilter");
        Choices.labelled(sectionFilter, Section::name, messages.get("staff.filter.allSections"));
        sectionFilter.valueProperty().bindBidirectional(model.sectionFilter());
        CheckBox showLeft = new CheckBox(messages.get("staff.filter.showLeft"));
        showLeft.setId("staffShowLeft");
        showLeft.selectedProperty().bindBidirectional(model.showLeft());
        HBox filters = new HBox(10, search, sectionFilter, showLeft);
        filters.setAlignment(Pos.CENTER_LEFT);

        VBox header = new VBox(10, titleRow, filters);
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    private TableView<Staff> table() {
        table.setId("staffTable");
        table.setPlaceholder(new Label(messages.get("staff.empty")));
        table.getColumns().add(column("STAFF_NO", messages.get("staff.field.STAFF_NO"), 90, Staff::staffNo));
        table.getColumns().add(column("NAME", messages.get("staff.field.NAME"), 100, Staff::name));
        table.getColumns().add(column("KANA", messages.get("staff.field.KANA"), 130, Staff::kana));
        table.getColumns().add(column("SECTION", messages.get("staff.field.SECTION"), 100, model::sectionName));
        table.getColumns().add(column("EMPLOYMENT_TYPE", messages.get("staff.field.EMPLOYMENT_TYPE"), 72,
                s -> messages.label(s.employmentType())));
        table.getColumns().add(dateColumn("HIRED_ON", Staff::hiredOn));
        table.getColumns().add(dateColumn("LEFT_ON", Staff::leftOn));
        table.getColumns().add(dateColumn("CONSENT_ON", Staff::consentOn));
        table.getColumns().add(flagColumn("SECURITY_MANAGER", 145, Staff::securityManager));
        table.getColumns().add(flagColumn("SYSTEM_MANAGER", 115, Staff::systemManager));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        model.rows().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(model.rows());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Staff item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(LEFT, !empty && item != null && model.hasLeft(item));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            history.show(RecordType.STAFF, now == null ? null : now.id());
            if (now != null) {
                model.edit(now);
            }
        });
        // a new date style (設定) re-renders the date cells
        model.dateStyle().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    private TableColumn<Staff, String> column(String id, String title, double width, Function<Staff, String> value) {
        TableColumn<Staff, String> column = new TableColumn<>(title);
        column.setId("column-" + id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<Staff, LocalDate> dateColumn(String field, Function<Staff, LocalDate> value) {
        TableColumn<Staff, LocalDate> column = new TableColumn<>(messages.get("staff.field." + field));
        column.setId("column-" + field);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : model.dateStyle().get().format(item));
            }
        });
        column.setPrefWidth(130);
        return column;
    }

    private TableColumn<Staff, String> flagColumn(String field, double width, Function<Staff, Boolean> value) {
        TableColumn<Staff, String> column = column(field, messages.get("staff.column." + field), width,
                s -> value.apply(s) ? messages.get("staff.flag.yes") : "");
        column.setStyle("-fx-alignment: CENTER;");
        return column;
    }

    private VBox form(boolean mayEdit) {
        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.setId("staffFormTitle");
        heading.textProperty().bind(model.formTitle());

        staffNoField.setId("staffNoField");
        staffNoField.textProperty().bindBidirectional(model.staffNo());
        TextField nameField = textField("staffNameField", null);
        nameField.textProperty().bindBidirectional(model.name());
        TextField kanaField = textField("staffKanaField", messages.get("staff.form.kanaHint"));
        kanaField.textProperty().bindBidirectional(model.kana());
        ComboBox<Section> sectionBox = new ComboBox<>(model.sections());
        sectionBox.setId("staffSectionBox");
        sectionBox.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(sectionBox, Section::name, messages.get("staff.form.choose"));
        sectionBox.valueProperty().bindBidirectional(model.section());
        ComboBox<EmploymentType> typeBox = new ComboBox<>(FXCollections.observableArrayList(EmploymentType.values()));
        typeBox.setId("staffTypeBox");
        typeBox.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(typeBox, messages::label, messages.get("staff.form.choose"));
        typeBox.valueProperty().bindBidirectional(model.employmentType());
        TextField hiredField = textField("staffHiredField", messages.get("staff.form.dateHint"));
        hiredField.textProperty().bindBidirectional(model.hiredOn());
        TextField leftField = textField("staffLeftField", messages.get("staff.form.dateHint"));
        leftField.textProperty().bindBidirectional(model.leftOn());
        TextField consentField = textField("staffConsentField", messages.get("staff.form.dateHint"));
        consentField.textProperty().bindBidirectional(model.consentOn());
        Label consentHint = new Label(messages.get("staff.import.consentHint"));
        consentHint.setId("staffConsentHint");
        consentHint.setWrapText(true);
        consentHint.getStyleClass().add("text-muted");
        consentHint.visibleProperty().bind(model.needsConsent());
        consentHint.managedProperty().bind(consentHint.visibleProperty());
        CheckBox securityCheck = new CheckBox(messages.get("staff.field.SECURITY_MANAGER"));
        securityCheck.setId("staffSecurityManagerCheck");
        securityCheck.selectedProperty().bindBidirectional(model.securityManager());
        CheckBox systemCheck = new CheckBox(messages.get("staff.field.SYSTEM_MANAGER"));
        systemCheck.setId("staffSystemManagerCheck");
        systemCheck.selectedProperty().bindBidirectional(model.systemManager());
        VBox roles = new VBox(8, securityCheck, systemCheck);
        roles.setPadding(new Insets(5, 0, 0, 0));

        GridPane left = FieldRows.grid();
        FieldRows leftRows = new FieldRows(left);
        leftRows.add(label(StaffField.STAFF_NO), staffNoField, model.error(StaffField.STAFF_NO), true);
        leftRows.add(label(StaffField.NAME), nameField, model.error(StaffField.NAME), true);
        leftRows.add(label(StaffField.KANA), kanaField, model.error(StaffField.KANA), true);
        leftRows.add(label(StaffField.SECTION), sectionBox, model.error(StaffField.SECTION), true);
        GridPane right = FieldRows.grid();
        FieldRows rightRows = new FieldRows(right);
        rightRows.add(label(StaffField.EMPLOYMENT_TYPE), typeBox, model.error(StaffField.EMPLOYMENT_TYPE), true);
        rightRows.add(label(StaffField.HIRED_ON), hiredField, model.error(StaffField.HIRED_ON), true);
        rightRows.add(label(StaffField.LEFT_ON), leftField, model.error(StaffField.LEFT_ON), false);
        Label consentError = rightRows.add(label(StaffField.CONSENT_ON), consentField,
                model.error(StaffField.CONSENT_ON), false);
        ((VBox) consentError.getParent()).getChildren().add(consentHint);
        rightRows.add(messages.get("staff.form.roles"), roles, null, false);

        GridPane columns = new GridPane();
        columns.setHgap(24);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        columns.getColumnConstraints().addAll(half, half);
        columns.add(left, 0, 0);
        columns.add(right, 1, 0);

        Button newButton = new Button(messages.get("staff.new"));
        newButton.setId("newStaffButton");
        newButton.setOnAction(event -> {
            table.getSelectionModel().clearSelection();
            model.startNew();
            staffNoField.requestFocus();
        });
        Button saveButton = new Button(messages.get("staff.save"));
        saveButton.setId("saveStaffButton");
        saveButton.getStyleClass().add("accent");
        saveButton.setDefaultButton(true);
        saveButton.disableProperty().bind(model.busy().or(new javafx.beans.property.SimpleBooleanProperty(!mayEdit)));
        saveButton.setOnAction(event -> model.save(saved -> reload(saved.id()), this::showError));
        Label status = new Label();
        status.setId("staffStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusText());
        model.statusIsError().addListener((obs, old, error) -> {
            status.getStyleClass().removeAll("field-error", "text-muted");
            status.getStyleClass().add(error ? "field-error" : "text-muted");
        });
        status.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, heading, spacer, status, newButton, saveButton);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        VBox form = new VBox(10, titleRow, columns, history);
        form.getStyleClass().add("staff-form");
        form.setPadding(new Insets(12, 0, 0, 0));
        return form;
    }

    private static TextField textField(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        if (prompt != null) {
            field.setPromptText(prompt);
        }
        return field;
    }

    private String label(StaffField field) {
        return messages.get("staff.field." + field.name());
    }

    /** Reloads the list (called each time the screen is shown); the row being edited stays selected. */
    public void refresh() {
        reload(model.editingId().get());
    }

    private void reload(Long selectId) {
        model.load(() -> select(selectId), this::showError);
    }

    private void select(Long id) {
        if (id == null) {
            return;
        }
        model.rows().stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(staff -> {
            table.getSelectionModel().select(staff);
            table.scrollTo(staff);
        });
    }

    private void showError(Throwable error) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        Dialogs.showError(owner, messages, ErrorMessages.describe(error, messages));
    }

    StaffViewModel model() {
        return model;
    }
}
