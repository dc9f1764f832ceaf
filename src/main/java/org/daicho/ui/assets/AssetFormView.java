package org.daicho.ui.assets;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.AssetField;
import org.daicho.domain.AssetKind;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.RecordType;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.FieldRows;
import org.daicho.ui.history.RecordHistoryPane;

/**
 * The form to add or edit one asset, with every field of forms.md A. The 取扱制限 of the chosen classes and
 * the storage warnings stand beside the fields and change as the classes change.
 */
public final class AssetFormView extends BorderPane {

    private final AssetFormViewModel model;
    private final Messages messages;
    private final FieldRows rows;
    private VBox rules;

    public AssetFormView(AssetFormViewModel model, Messages messages, Runnable onSaved, Runnable onCancel) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("asset-form");

        GridPane grid = FieldRows.grid();
        rows = new FieldRows(grid);
        String dateHint = messages.get("assets.form.dateHint");

        rows.heading(messages.get("assets.form.section.basic"));
        text(AssetField.ASSET_NO, model.assetNo, true, messages.get("assets.form.assetNoHint"));
        combo(AssetField.KIND, model.kind, FXCollections.observableArrayList(AssetKind.values()), messages::label, true);
        text(AssetField.NAME, model.name, true, "");
        text(AssetField.BUSINESS_CATEGORY, model.businessCategory, false, "");
        text(AssetField.MEDIUM, model.medium, false, "");
        combo(AssetField.NETWORK_ZONE, model.networkZone, FXCollections.observableArrayList(NetworkZone.values()),
                messages::label, true);
        text(AssetField.MAKER, model.maker, false, "");
        text(AssetField.MODEL, model.model, false, "");
        text(AssetField.SERIAL_NO, model.serialNo, false, "");

        rows.heading(messages.get("assets.form.section.classes"));
        combo(AssetField.CONFIDENTIALITY, model.confidentiality, FXCollections.observableArrayList(3, 2, 1),
                c -> messages.get("assets.class.C" + c), true);
        combo(AssetField.INTEGRITY, model.integrity, FXCollections.observableArrayList(2, 1),
                i -> messages.get("assets.class.I" + i), true);
        combo(AssetField.AVAILABILITY, model.availability, FXCollections.observableArrayList(2, 1),
                a -> messages.get("assets.class.A" + a), true);
        combo(AssetField.PERSONAL_INFO, model.personalInfo, FXCollections.observableArrayList(PersonalInfoKind.values()),
                messages::label, true);

        rows.heading(messages.get("assets.form.section.custody"));
        combo(AssetField.SECTION, model.section, model.sections(), Section::name, true);
        combo(AssetField.MANAGER, model.manager, model.managers(), Staff::name, true);
        text(AssetField.USERS, model.users, false, "");
        text(AssetField.STORAGE_PLACE, model.storagePlace, true, "");
        check(AssetField.LOCKED_STORAGE, model.lockedStorage);
        check(AssetField.ENCRYPTED, model.encrypted);

        rows.heading(messages.get("assets.form.section.life"));
        text(AssetField.ACQUIRED_ON, model.acquiredOn, false, dateHint);
        combo(AssetField.OWNERSHIP, model.ownership, FXCollections.observableArrayList(Ownership.values()),
                messages::label, true);
        text(AssetField.LEASE_ENDS_ON, model.leaseEndsOn, false, dateHint);
        combo(AssetField.STATUS, model.status, model.statusChoices(), messages::label, true);
        text(AssetField.RETENTION_UNTIL, model.retentionUntil, false, dateHint);
        text(AssetField.LAST_REVIEWED_ON, model.lastReviewedOn, false, dateHint);
        // written by the disposal record when it is carried out (issue 5), never typed here
        TextField recordNo = text(AssetField.DISPOSAL_RECORD_NO, model.disposalRecordNo, false,
                messages.get("disposal.ui.assetForm.recordNoHint"));
        recordNo.setEditable(false);
        recordNo.setFocusTraversable(false);
        recordNo.getStyleClass().add("text-muted");
        TextArea note = new TextArea();
        note.setId(fieldId(AssetField.NOTE));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.note);
        rows.add(messages.get("asset.field.NOTE"), note, model.error(AssetField.NOTE), false);
        grid.setDisable(model.isReadOnly());

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(12));
        setCenter(scroll);
        setRight(rulesPanel());

        Button save = new Button(messages.get("assets.form.save"));
        save.setId("saveAssetButton");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setVisible(!model.isReadOnly());
        save.setDisable(!model.mayEdit());
        save.setOnAction(event -> {
            if (model.save()) {
                onSaved.run();
            }
        });
        Button cancel = new Button(messages.get(model.isReadOnly() ? "assets.form.close" : "assets.form.cancel"));
        cancel.setId("cancelAssetButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        Label readOnly = new Label(model.isReadOnly() ? messages.get("validation.readOnly") : "");
        readOnly.getStyleClass().add("field-error");
        readOnly.setId("readOnlyNotice");
        HBox buttons = new HBox(10, readOnly, new javafx.scene.layout.Region(), cancel, save);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 16, 12, 16));
        setBottom(buttons);
    }

    private Node rulesPanel() {
        Label title = new Label(messages.get("asset.field.RESTRICTIONS"));
        title.getStyleClass().add("form-heading");
        Label clause = new Label(messages.get("assets.form.restrictionsSource"));
        clause.getStyleClass().addAll("text-muted", "text-small");
        ListView<String> restrictions = new ListView<>(model.restrictions());
        restrictions.setId("restrictionsList");
        restrictions.setFocusTraversable(false);
        restrictions.setPrefHeight(300);
        restrictions.setCellFactory(list -> wrappingCell());
        Label warningTitle = new Label(messages.get("assets.form.warnings"));
        warningTitle.getStyleClass().add("form-heading");
        VBox warnings = new VBox(6);
        warnings.setId("storageWarnings");
        model.warnings().addListener((javafx.collections.ListChangeListener<String>) change -> fillWarnings(warnings));
        fillWarnings(warnings);
        VBox panel = new VBox(8, title, clause, restrictions, warningTitle, warnings);
        panel.setPadding(new Insets(12));
        panel.setPrefWidth(330);
        panel.getStyleClass().add("rules-panel");
        rules = panel;
        return panel;
    }

    /** Adds the collapsible 変更履歴 of the asset below the rules panel. */
    void showHistory(RecordHistoryPane history) {
        rules.getChildren().add(history);
    }

    private void fillWarnings(VBox box) {
        box.getChildren().clear();
        List<String> texts = model.warnings();
        if (texts.isEmpty()) {
            Label none = new Label(messages.get("assets.form.noWarnings"));
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        }
        for (String text : texts) {
            Label warning = new Label("⚠ " + text);
            warning.setWrapText(true);
            warning.getStyleClass().add("storage-warning");
            box.getChildren().add(warning);
        }
    }

    private static javafx.scene.control.ListCell<String> wrappingCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : "・" + item);
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }

    static String fieldId(AssetField field) {
        return "field-" + field.name();
    }

    private TextField text(AssetField field, StringProperty property, boolean required, String prompt) {
        TextField input = new TextField();
        input.setId(fieldId(field));
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(property);
        rows.add(messages.get("asset.field." + field.name()), input, model.error(field), required);
        return input;
    }

    private <T> void combo(AssetField field, ObjectProperty<T> property, ObservableList<T> items,
            java.util.function.Function<T, String> label, boolean required) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(fieldId(field));
        box.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(box, label, messages.get("assets.form.choose"));
        box.valueProperty().bindBidirectional(property);
        rows.add(messages.get("asset.field." + field.name()), box, model.error(field), required);
    }

    private void check(AssetField field, BooleanProperty property) {
        CheckBox box = new CheckBox(messages.get("assets.form.yes." + field.name()));
        box.setId(fieldId(field));
        box.selectedProperty().bindBidirectional(property);
        rows.add(messages.get("asset.field." + field.name()), box, model.error(field), false);
    }

    /** Opens the form in its own window; {@code onSaved} gets the saved asset. */
    public static Stage open(Window owner, DaichoServices services, Messages messages, LedgerEntry entry,
            Consumer<LedgerEntry> onSaved) {
        AssetFormViewModel model = new AssetFormViewModel(services, messages, entry);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        String title = model.isNew() ? messages.get("assets.form.titleNew")
                : messages.get("assets.form.titleEdit", entry.asset().assetNo());
        stage.setTitle(title);
        AssetFormView view = new AssetFormView(model, messages, () -> {
            stage.close();
            onSaved.accept(model.saved());
        }, stage::close);
        if (!model.isNew()) {
            RecordHistoryPane history = new RecordHistoryPane(services, messages);
            history.show(RecordType.ASSET, entry.asset().id());
            view.showHistory(history);
        }
        Scene scene = new Scene(view, 1000, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
