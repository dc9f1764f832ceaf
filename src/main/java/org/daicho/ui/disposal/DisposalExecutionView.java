package org.daicho.ui.disposal;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalField;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;

/**
 * The 実施の記録 dialog: what the assets require at the top, then who did it and when (left), and how (right):
 * method, technique, tool, verification. A message stands beside each field that breaks a rule.
 */
public final class DisposalExecutionView extends BorderPane {

    private final DisposalExecutionViewModel model;
    private final Messages messages;

    public DisposalExecutionView(DisposalExecutionViewModel model, Messages messages, Runnable onDone,
            Runnable onCancel) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("disposal-execution");
        VBox top = new VBox(8, DisposalSummary.of(model.entry(), messages, model.dateStyle()), requirements());
        top.setPadding(new Insets(0, 0, 4, 0));
        setTop(top);
        HBox columns = new HBox(24, whoAndWhen(), how());
        HBox.setHgrow(columns.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(columns.getChildren().get(1), Priority.ALWAYS);
        columns.setPadding(new Insets(4, 16, 8, 16));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        setBottom(buttons(onDone, onCancel));
    }

    private Node requirements() {
        Label title = new Label(messages.get("disposal.ui.execute.requirements"));
        title.getStyleClass().add("form-heading");
        VBox lines = new VBox(4);
        lines.setId("disposalRequirements");
        model.requirements().addListener((ListChangeListener<String>) change -> {
            lines.getChildren().clear();
            for (int i = 0; i < model.requirements().size(); i++) {
                String text = model.requirements().get(i);
                boolean last = i == model.requirements().size() - 1;
                Label line = i == 0 || last ? new Label(text) : DialogParts.warning(text);
                line.setWrapText(true);
                lines.getChildren().add(line);
            }
        });
        VBox box = new VBox(4, title, lines);
        box.setPadding(new Insets(0, 16, 0, 16));
        return box;
    }

    private Node whoAndWhen() {
        GridPane grid = DisposalDialogs.PARTS.grid(130);
        FieldRows rows = DisposalDialogs.PARTS.rows(grid);
        rows.heading(messages.get("disposal.ui.execute.section.who"));
        TextField at = DialogParts.field("disposalExecutedAt", model.executedAt,
                messages.get("disposal.ui.dateTimeHint"));
        rows.add(messages.get("disposal.field.EXECUTED_AT"), at, model.error(DisposalField.EXECUTED_AT), true);
        ComboBox<Staff> performer = staffBox("disposalPerformer", model.performer,
                messages.get("disposal.ui.execute.notStaff"));
        rows.add(messages.get("disposal.field.PERFORMER"), performer, model.error(DisposalField.PERFORMER), true);
        TextField worker = DialogParts.field("disposalPerformerName", model.performerName,
                messages.get("disposal.ui.execute.workerPrompt"));
        worker.disableProperty().bind(model.performer.isNotNull());
        rows.add(messages.get("disposal.field.PERFORMER_NAME"), worker, model.error(DisposalField.PERFORMER_NAME),
                false);
        ComboBox<Staff> witness = staffBox("disposalWitness", model.witness, messages.get("disposal.ui.execute.noWitness"));
        rows.add(messages.get("disposal.field.WITNESS"), witness, model.error(DisposalField.WITNESS), false);
        rows.add(messages.get("disposal.field.PLACE"), combo("disposalPlace",
                FXCollections.observableArrayList(DisposalPlace.values()), model.place),
                model.error(DisposalField.PLACE), true);
        rows.add(messages.get("disposal.field.CONTRACTOR"), DialogParts.field("disposalContractor",
                model.contractor, messages.get("disposal.ui.form.contractorPrompt")),
                model.error(DisposalField.CONTRACTOR), false);
        rows.add(messages.get("disposal.field.CERTIFICATE_NO"), DialogParts.field("disposalCertificateNo",
                model.certificateNo, ""), model.error(DisposalField.CERTIFICATE_NO), false);
        rows.add(messages.get("disposal.field.CERTIFICATE_RECEIVED_ON"), DialogParts.field(
                "disposalCertificateReceivedOn", model.certificateReceivedOn, messages.get("disposal.ui.dateHint")),
                model.error(DisposalField.CERTIFICATE_RECEIVED_ON), false);
        rows.heading(messages.get("disposal.ui.execute.section.after"));
        CheckBox backedUp = new CheckBox(messages.get("disposal.ui.execute.backedUp"));
        backedUp.setId("disposalBackedUp");
        backedUp.selectedProperty().bindBidirectional(model.backedUp);
        rows.add(messages.get("disposal.field.BACKED_UP"), backedUp, null, false);
        TextField location = DialogParts.field("disposalBackupLocation", model.backupLocation,
                messages.get("disposal.ui.execute.backupPrompt"));
        location.disableProperty().bind(model.backedUp.not());
        rows.add(messages.get("disposal.field.BACKUP_LOCATION"), location, model.error(DisposalField.BACKUP_LOCATION),
                model.backedUp);
        rows.add(messages.get("disposal.field.DESTINATION"), DialogParts.field("disposalDestination",
                model.destination, messages.get("disposal.ui.execute.destinationPrompt")),
                model.error(DisposalField.DESTINATION), false);
        rows.add(messages.get("disposal.field.NOTE"), DialogParts.area("disposalNote", model.note, 2),
                model.error(DisposalField.NOTE), false);
        grid.setMinWidth(420);
        return grid;
    }

    private Node how() {
        GridPane grid = DisposalDialogs.PARTS.grid(110);
        FieldRows rows = DisposalDialogs.PARTS.rows(grid);
        rows.heading(messages.get("disposal.ui.execute.section.how"));
        rows.add(messages.get("disposal.field.METHOD"), combo("disposalMethod",
                FXCollections.observableArrayList(SanitisationMethod.values()), model.method),
                model.error(DisposalField.METHOD), true);
        rows.add(messages.get("disposal.field.TECHNIQUE"), combo("disposalTechnique", model.techniques(),
                model.technique), model.error(DisposalField.TECHNIQUE), true);
        rows.add(messages.get("disposal.field.METHOD_DETAILS"), DialogParts.field("disposalMethodDetails",
                model.methodDetails, messages.get("disposal.ui.execute.detailsPrompt")),
                model.error(DisposalField.METHOD_DETAILS), false);
        rows.add(messages.get("disposal.field.TOOL"), DialogParts.field("disposalTool", model.tool,
                messages.get("disposal.ui.execute.toolPrompt")), model.error(DisposalField.TOOL), model.toolRequired());
        rows.add(messages.get("disposal.field.TOOL_VERSION"), DialogParts.field("disposalToolVersion",
                model.toolVersion, ""), model.error(DisposalField.TOOL_VERSION), model.toolRequired());
        Label toolNote = DialogParts.note(messages.get("disposal.ui.execute.toolNote"));
        toolNote.visibleProperty().bind(model.toolRequired());
        toolNote.managedProperty().bind(model.toolRequired());
        rows.full(toolNote);
        rows.add(messages.get("disposal.field.VERIFICATION_METHOD"), DialogParts.field(
                "disposalVerificationMethod", model.verificationMethod,
                messages.get("disposal.ui.execute.verificationPrompt")),
                model.error(DisposalField.VERIFICATION_METHOD), true);
        rows.add(messages.get("disposal.field.VERIFICATION_RESULT"), DialogParts.field(
                "disposalVerificationResult", model.verificationResult,
                messages.get("disposal.ui.execute.resultPrompt")),
                model.error(DisposalField.VERIFICATION_RESULT), true);
        grid.setMinWidth(380);
        return grid;
    }

    private ComboBox<Staff> staffBox(String id, ObjectProperty<Staff> property, String noneText) {
        ObservableList<Staff> items = FXCollections.observableArrayList((Staff) null);
        model.people().addListener((ListChangeListener<Staff>) change -> {
            Staff chosen = property.get();
            items.setAll(FXCollections.observableArrayList((Staff) null));
            items.addAll(model.people());
            property.set(chosen);
        });
        ComboBox<Staff> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(box, Staff::name, noneText);
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private <T extends Enum<T>> ComboBox<T> combo(String id, ObservableList<T> items, ObjectProperty<T> property) {
        return DisposalDialogs.choice(id, items, property, messages);
    }

    private Node buttons(Runnable onDone, Runnable onCancel) {
        Consumer<Throwable> failed = error -> Dialogs.showError(getScene() == null ? null : getScene().getWindow(),
                messages, ErrorMessages.describe(error, messages));
        Button confirm = DisposalDialogs.PARTS.button("disposalExecuteConfirm",
                messages.get("disposal.ui.execute.confirm"), true);
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(model.busy().or(new SimpleBooleanProperty(!model.mayRecord())));
        confirm.setOnAction(event -> model.confirm(onDone, failed));
        Button cancel = DisposalDialogs.PARTS.button("disposalDialogCancel", messages.get("disposal.ui.cancel"), false);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        return DialogParts.statusBar("disposalExecutionStatus", model.generalError(), model.statusText(), cancel,
                confirm);
    }

    DisposalExecutionViewModel model() {
        return model;
    }

    /** Opens the dialog; {@code onDone} gets the completed record. */
    public static Stage open(Window owner, DaichoServices services, Messages messages, DisposalEntry entry,
            DateStyle style, Consumer<DisposalEntry> onDone) {
        DisposalExecutionViewModel model = new DisposalExecutionViewModel(services, messages, entry, style);
        Stage[] stage = new Stage[1];
        DisposalExecutionView view = new DisposalExecutionView(model, messages, () -> {
            stage[0].close();
            onDone.accept(model.executed());
        }, () -> stage[0].close());
        stage[0] = DisposalDialogs.PARTS.open(owner,
                messages.get("disposal.ui.execute.title", entry.record().recordNo()), view, 1160, 770);
        model.load(error -> Dialogs.showError(stage[0], messages, ErrorMessages.describe(error, messages)));
        return stage[0];
    }
}
