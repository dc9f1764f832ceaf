package org.daicho.ui.carry;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
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
import javafx.scene.layout.VBox;
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
import org.daicho.ui.common.AssetChoice;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.DialogParts;
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
        return FieldRows.grid(200);
    }

    private Node assetSection() {
        GridPane grid = grid();
        FieldRows rows = new FieldRows(grid);
        rows.heading(messages.get("carry.ui.form.section.assets"));
        TextField search = new TextField();
        search.setId("carryAssetSearch");
        search.setPromptText(messages.get("carry.ui.form.searchPrompt"));
        search.textProperty().bindBidirectional(model.search);
        ListView<AssetChoice> list = new ListView<>(model.shownAssets());
        list.setId("carryAssetList");
        list.setPrefHeight(190);
        list.setPlaceholder(new Label(messages.get("carry.ui.form.noAssets")));
        StringConverter<AssetChoice> text = new StringConverter<>() {
            @Override
            public String toString(AssetChoice choice) {
                return choice == null ? "" : messages.get("carry.ui.form.assetLine", choice.asset().assetNo(),
                        choice.asset().name(), choice.asset().classes().confidentiality(),
                        messages.label(choice.asset().status()));
            }

            @Override
            public AssetChoice fromString(String string) {
                return null;
            }
        };
        list.setCellFactory(CheckBoxListCell.forListView(AssetChoice::selected, text));
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
        rows.add(messages.get("carry.field.DEVICE_OWNER"), DialogParts.field("carryDeviceOwner", model.deviceOwner,
                messages.get("carry.ui.form.deviceOwnerPrompt")), model.error(CarryField.DEVICE_OWNER), true);
        rows.add(messages.get("carry.field.DEVICE_KIND"), DialogParts.field("carryDeviceKind", model.deviceKind,
                messages.get("carry.ui.form.deviceKindPrompt")), model.error(CarryField.DEVICE_KIND), true);
        rows.add(messages.get("carry.field.DEVICE_MODEL"),
                DialogParts.field("carryDeviceModel", model.deviceModel, ""), model.error(CarryField.DEVICE_MODEL),
                true);
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
        rows.add(messages.get("carry.field.PURPOSE"), DialogParts.field("carryPurpose", model.purpose,
                messages.get(bringIn ? "carry.ui.form.purposePromptBringIn" : "carry.ui.form.purposePrompt")),
                model.error(CarryField.PURPOSE), true);
        rows.add(messages.get(bringIn ? "carry.ui.form.placeOfUse" : "carry.ui.form.destination"),
                DialogParts.field("carryDestination", model.destination, ""), model.error(CarryField.DESTINATION),
                true);
        rows.add(messages.get(bringIn ? "carry.ui.form.useFrom" : "carry.field.PLANNED_OUT"),
                DialogParts.field("carryPlannedOut", model.plannedOut, messages.get("carry.ui.form.outPrompt")),
                model.error(CarryField.PLANNED_OUT), true);
        rows.add(messages.get(bringIn ? "carry.ui.form.useUntil" : "carry.field.PLANNED_RETURN"),
                DialogParts.field("carryPlannedReturn", model.plannedReturn,
                        messages.get("carry.ui.form.returnPrompt")), model.error(CarryField.PLANNED_RETURN), true);
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
        Label note = DialogParts.warning(messages.get("carry.ui.form.confidential3Note"));
        rows.add("", note, null, false);
        rows.add(messages.get("carry.field.CONFIDENTIAL3_REASON"),
                DialogParts.area("carryConfidential3Reason", model.confidential3Reason, 2),
                model.error(CarryField.CONFIDENTIAL3_REASON), true);
        grid.setId("carryConfidential3Section");
        showWhen(grid, model.needsConfidential3Reason());
        return grid;
    }

    private Node warningSection() {
        GridPane grid = grid();
        FieldRows rows = new FieldRows(grid);
        Label note = DialogParts.warning(messages.get("carry.ui.form.warningNote"));
        CheckBox acknowledged = check("carryWarningAcknowledged", "carry.ui.form.acknowledge", model.warningAcknowledged);
        rows.add("", new VBox(8, note, acknowledged), null, false);
        TextArea reason = DialogParts.area("carryWarningReason", model.warningReason, 2);
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

    private Node buttons(Runnable onSaved, Runnable onCancel) {
        Button save = CarryDialogs.PARTS.button("carrySaveButton", messages.get("carry.ui.form.save"), true);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busy().or(new javafx.beans.property.SimpleBooleanProperty(!model.mayApply())));
        save.setOnAction(event -> model.save(saved -> onSaved.run(), error -> Dialogs.showError(
                getScene() == null ? null : getScene().getWindow(), messages, ErrorMessages.describe(error, messages))));
        Button cancel = CarryDialogs.PARTS.button("carryFormCancelButton", messages.get("carry.ui.form.cancel"),
                false);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        return DialogParts.statusBar("carryFormStatus", model.generalError(), model.statusText(), cancel, save);
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
        Stage[] stage = new Stage[1];
        CarryFormView view = new CarryFormView(model, messages, () -> {
            stage[0].close();
            onSaved.accept(model.saved());
        }, () -> stage[0].close());
        stage[0] = CarryDialogs.PARTS.open(owner, messages.get(kind == CarryKind.BRING_IN ? "carry.ui.form.titleBringIn"
                : "carry.ui.form.titleCarryOut"), view, 900, 760);
        model.load(() -> { }, error -> Dialogs.showError(stage[0], messages, ErrorMessages.describe(error, messages)));
        return stage[0];
    }
}
