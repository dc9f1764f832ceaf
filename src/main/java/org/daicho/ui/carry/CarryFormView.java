package org.daicho.ui.carry;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryField;
import org.daicho.domain.CarryKind;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;

/**
 * The application form (持出・持込申請). For 持出 the assets are picked from the ledger with a search box and
 * tick boxes; for 持込 the device is described. The 機密性3 reason and the protection warning appear only
 * when the chosen assets and measures need them.
 */
public final class CarryFormView extends BorderPane {

    private final CarryFormViewModel model;
    private final Messages messages;

    public CarryFormView(CarryFormViewModel model, Messages messages, Runnable onSaved, Runnable onCancel) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("carry-form");
        boolean bringIn = model.kind() == CarryKind.BRING_IN;

        VBox sections = new VBox(4);
        sections.setPadding(new Insets(12, 16, 12, 16));
        if (bringIn) {
            sections.getChildren().add(deviceSection());
        } else {
            sections.getChildren().add(assetSection());
        }
        sections.getChildren().addAll(detailSection(bringIn), measureSection(bringIn));
        if (!bringIn) {
            sections.getChildren().addAll(confidential3Section(), warningSection());
        }
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setTop(header(bringIn));
        setBottom(buttons(onSaved, onCancel));
    }

    private Node header(boolean bringIn) {
        Label intro = new Label(messages.get(bringIn ? "carry.ui.form.introBringIn" : "carry.ui.form.introCarryOut"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        Label permission = new Label();
        permission.setId("carryPermissionNote");
        permission.setWrapText(true);
        permission.textProperty().bind(javafx.beans.binding.Bindings.when(model.permissionRequired())
                .then(messages.get("carry.ui.form.permissionRequired"))
                .otherwise(messages.get("carry.ui.form.permissionNotRequired")));
        permission.getStyleClass().add("attention-chip");
        VBox header = new VBox(8, intro, permission);
        header.setPadding(new Insets(12, 16, 0, 16));
        return header;
    }

    private static GridPane grid() {
        GridPane grid = FieldRows.grid();
        grid.getColumnConstraints().get(0).setMinWidth(200);
        grid.getColumnConstraints().get(0).setPrefWidth(200);
        return grid;
    }

    private Node assetSection() {
        GridPane grid = grid();
        FieldRows rows = new FieldRows(grid);
        rows.heading(messages.get("carry.ui.form.section.assets"));
        TextField search = new TextField();
        search.setId("carryAssetSearch");
        search.setPromptText(messages.get("carry.ui.form.searchPrompt"));
        search.textProperty().bindBidirectional(model.search);
        ListView<CarryFormViewModel.AssetChoice> list = new ListView<>(model.shownAssets());
        list.setId("carryAssetList");
        list.setPrefHeight(190);
        list.setPlaceholder(new Label(messages.get("carry.ui.form.noAssets")));
        StringConverter<CarryFormViewModel.AssetChoice> text = new StringConverter<>() {
            @Override
            public String toString(CarryFormViewModel.AssetChoice choice) {
                return choice == null ? "" : messages.get("carry.ui.form.assetLine", choice.asset().assetNo(),
                        choice.asset().name(), choice.asset().classes().confidentiality(),
                        messages.label(choice.asset().status()));
            }

            @Override
            public CarryFormViewModel.AssetChoice fromString(String string) {
                return null;
            }
        };
        list.setCellFactory(CheckBoxListCell.forListView(CarryFormViewModel.AssetChoice::selected, text));
        Label chosen = new Label();
        chosen.setId("carryChosen");
        chosen.setWrapText(true);
        chosen.textProperty().bind(model.chosenText());
        VBox picker = new VBox(6, search, list, chosen);
        picker.setId("carryAssets");
        rows.add(messages.get("carry.field.ASSETS"), picker, model.error(CarryField.ASSETS), true);
        return grid;
    }

    private Node deviceSection() {
        GridPane grid = grid();
        FieldRows rows = new FieldRows(grid);
        rows.heading(messages.get("carry.ui.form.section.device"));
        rows.add(messages.get("carry.field.DEVICE_OWNER"), text("carryDeviceOwner", model.deviceOwner,
                messages.get("carry.ui.form.deviceOwnerPrompt")), model.error(CarryField.DEVICE_OWNER), true);
        rows.add(messages.get("carry.field.DEVICE_KIND"), text("carryDeviceKind", model.deviceKind,
                messages.get("carry.ui.form.deviceKindPrompt")), model.error(CarryField.DEVICE_KIND), true);
        rows.add(messages.get("carry.field.DEVICE_MODEL"), text("carryDeviceModel", model.deviceModel, ""),
                model.error(CarryField.DEVICE_MODEL), true);
        VBox checks = new VBox(6, check("carryVirusScanned", "carry.ui.form.virusScanned", model.virusScanned),
                check("carryPatchesApplied", "carry.ui.form.patchesApplied", model.patchesApplied));
        rows.add(messages.get("carry.ui.form.checks"), checks, null, false);
        return grid;
    }

    private Node detailSection(boolean bringIn) {
        GridPane grid = grid();
        FieldRows rows = new FieldRows(grid);
        rows.heading(messages.get(bringIn ? "carry.ui.form.section.use" : "carry.ui.form.section.detail"));
        ComboBox<Staff> carrier = new ComboBox<>(model.carriers());
        carrier.setId("carryCarrier");
        carrier.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(carrier, Staff::name, messages.get("carry.ui.form.choose"));
        carrier.valueProperty().bindBidirectional(model.carrier);
        rows.add(messages.get(bringIn ? "carry.ui.form.bringer" : "carry.field.CARRIER"), carrier,
                model.error(CarryField.CARRIER), true);
        rows.add(messages.get("carry.field.PURPOSE"), text("carryPurpose", model.purpose,
                messages.get(bringIn ? "carry.ui.form.purposePromptBringIn" : "carry.ui.form.purposePrompt")),
                model.error(CarryField.PURPOSE), true);
        rows.add(messages.get(bringIn ? "carry.ui.form.placeOfUse" : "carry.ui.form.destination"),
                text("carryDestination", model.destination, ""), model.error(CarryField.DESTINATION), true);
        rows.add(messages.get(bringIn ? "carry.ui.form.useFrom" : "carry.field.PLANNED_OUT"),
                text("carryPlannedOut", model.plannedOut, messages.get("carry.ui.form.outPrompt")),
                model.error(CarryField.PLANNED_OUT), true);
        rows.add(messages.get(bringIn ? "carry.ui.form.useUntil" : "carry.field.PLANNED_RETURN"),
                text("carryPlannedReturn", model.plannedReturn, messages.get("carry.ui.form.returnPrompt")),
                model.error(CarryField.PLANNED_RETURN), true);
        return grid;
    }

    private Node measureSection(boolean bringIn) {
        GridPane grid = grid();
        FieldRows rows = new FieldRows(grid);
        rows.heading(messages.get("carry.field.MEASURES"));
        HBox measures = new HBox(16, check("carryEncryption", "enum.CarryMeasure.ENCRYPTION", model.encryption),
                check("carryPassword", "enum.CarryMeasure.PASSWORD", model.password),
                check("carryLockedCase", "enum.CarryMeasure.LOCKED_CASE", model.lockedCase));
        measures.setPadding(new Insets(5, 0, 0, 0));
        measures.setId("carryMeasures");
        rows.add(messages.get(bringIn ? "carry.ui.form.measuresBringIn" : "carry.ui.form.measures"), measures,
                model.error(CarryField.MEASURES), false);
        return grid;
    }

    private Node confidential3Section() {
        GridPane grid = grid();
        FieldRows rows = new FieldRows(grid);
        Label note = warning(messages.get("carry.ui.form.confidential3Note"));
        rows.add("", note, null, false);
        rows.add(messages.get("carry.field.CONFIDENTIAL3_REASON"),
                area("carryConfidential3Reason", model.confidential3Reason), model.error(CarryField.CONFIDENTIAL3_REASON),
                true);
        grid.setId("carryConfidential3Section");
        showWhen(grid, model.needsConfidential3Reason());
        return grid;
    }

    private Node warningSection() {
        GridPane grid = grid();
        FieldRows rows = new FieldRows(grid);
        Label note = warning(messages.get("carry.ui.form.warningNote"));
        CheckBox acknowledged = check("carryWarningAcknowledged", "carry.ui.form.acknowledge", model.warningAcknowledged);
        rows.add("", new VBox(8, note, acknowledged), null, false);
        TextArea reason = area("carryWarningReason", model.warningReason);
        reason.disableProperty().bind(model.warningAcknowledged.not());
        rows.add(messages.get("carry.ui.form.warningReason"), reason, model.error(CarryField.WARNING_REASON), true);
        grid.setId("carryWarningSection");
        showWhen(grid, model.needsWarning());
        return grid;
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static Label warning(String text) {
        Label label = new Label("⚠ " + text);
        label.setWrapText(true);
        label.getStyleClass().add("storage-warning");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private Node buttons(Runnable onSaved, Runnable onCancel) {
        Label status = new Label();
        status.setId("carryFormStatus");
        status.setWrapText(true);
        status.getStyleClass().add("field-error");
        ObservableStringValue general = model.generalError();
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> general.get().isEmpty() ? model.statusText().get() : general.get(), general, model.statusText()));
        Button save = new Button(messages.get("carry.ui.form.save"));
        save.setId("carrySaveButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busy().or(new javafx.beans.property.SimpleBooleanProperty(!model.mayApply())));
        save.setOnAction(event -> model.save(saved -> onSaved.run(), error -> Dialogs.showError(
                getScene() == null ? null : getScene().getWindow(), messages, ErrorMessages.describe(error, messages))));
        Button cancel = new Button(messages.get("carry.ui.form.cancel"));
        cancel.setId("carryFormCancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.SOMETIMES);
        HBox buttons = new HBox(10, status, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 16, 12, 16));
        return buttons;
    }

    private static TextField text(String id, StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextArea area(String id, StringProperty property) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(2);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private CheckBox check(String id, String key, BooleanProperty property) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    /** Opens the form in its own window; {@code onSaved} gets the recorded application. */
    public static Stage open(Window owner, DaichoServices services, Messages messages, CarryKind kind,
            Consumer<CarryEntry> onSaved) {
        CarryFormViewModel model = new CarryFormViewModel(services, messages, kind);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get(kind == CarryKind.BRING_IN ? "carry.ui.form.titleBringIn" : "carry.ui.form.titleCarryOut"));
        CarryFormView view = new CarryFormView(model, messages, () -> {
            stage.close();
            onSaved.accept(model.saved());
        }, stage::close);
        Scene scene = new Scene(view, 900, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        model.load(() -> { }, error -> Dialogs.showError(stage, messages, ErrorMessages.describe(error, messages)));
        return stage;
    }
}
