package org.daicho.ui.carry;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryField;
import org.daicho.domain.DateStyle;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;

/** The 許可・却下 dialog: decide in the app as 情報セキュリティ管理者, or record a 紙決裁. */
public final class CarryDecisionView extends BorderPane {

    public CarryDecisionView(CarryDecisionViewModel model, Messages messages, Runnable onDone, Runnable onCancel) {
        getStyleClass().add("carry-decision");
        setTop(CarrySummary.of(model.entry(), messages, model.dateStyle()));

        ToggleGroup mode = new ToggleGroup();
        RadioButton inApp = new RadioButton(messages.get("carry.ui.decision.inApp"));
        inApp.setId("carryDecideInApp");
        inApp.setToggleGroup(mode);
        inApp.setDisable(!model.mayDecideInApp());
        RadioButton onPaper = new RadioButton(messages.get("carry.ui.decision.onPaper"));
        onPaper.setId("carryDecideOnPaper");
        onPaper.setToggleGroup(mode);
        onPaper.setDisable(!model.mayRecordPaper());
        (model.paper.get() ? onPaper : inApp).setSelected(true);
        mode.selectedToggleProperty().addListener((obs, old, now) -> model.paper.set(now == onPaper));
        Label roleNote = new Label(messages.get("carry.ui.decision.notManager"));
        roleNote.getStyleClass().addAll("text-muted", "text-small");
        roleNote.setWrapText(true);
        roleNote.setVisible(!model.mayDecideInApp());
        roleNote.setManaged(!model.mayDecideInApp());
        Label separation = new Label(messages.get("carry.ui.decision.separation"));
        separation.getStyleClass().addAll("text-muted", "text-small");
        separation.setWrapText(true);

        GridPane paperGrid = CarryDialogs.grid();
        FieldRows paperRows = new FieldRows(paperGrid);
        ComboBox<Staff> approver = new ComboBox<>(model.candidates());
        approver.setId("carryPaperApprover");
        approver.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(approver, Staff::name, messages.get("carry.ui.form.choose"));
        approver.valueProperty().bindBidirectional(model.approver);
        paperRows.add(messages.get("carry.ui.decision.paperApprover"), approver, model.error(CarryField.APPROVER), true);
        paperRows.add(messages.get("carry.field.PAPER_DECIDED_ON"),
                CarryDialogs.field("carryPaperDate", model.paperDate, messages.get("carry.ui.dateHint")),
                model.error(CarryField.PAPER_DECIDED_ON), true);
        paperGrid.visibleProperty().bind(model.paper);
        paperGrid.managedProperty().bind(model.paper);

        GridPane commentGrid = CarryDialogs.grid();
        new FieldRows(commentGrid).add(messages.get("carry.field.DECISION_COMMENT"),
                CarryDialogs.area("carryDecisionComment", model.comment), model.error(CarryField.DECISION_COMMENT), false);

        VBox center = new VBox(10, new HBox(20, inApp, onPaper), roleNote, separation, paperGrid, commentGrid);
        center.setPadding(new Insets(12, 16, 0, 16));
        setCenter(center);

        Consumer<Throwable> failed = error -> Dialogs.showError(getScene() == null ? null : getScene().getWindow(),
                messages, ErrorMessages.describe(error, messages));
        Button reject = CarryDialogs.button("carryRejectConfirm", messages.get("carry.ui.decision.reject"), false);
        reject.getStyleClass().add("danger");
        reject.setOnAction(event -> model.reject(onDone, failed));
        Button approve = CarryDialogs.button("carryApproveConfirm", messages.get("carry.ui.decision.approve"), true);
        approve.setOnAction(event -> model.approve(onDone, failed));
        Button paper = CarryDialogs.button("carryPaperConfirm", messages.get("carry.ui.decision.recordPaper"), true);
        paper.setOnAction(event -> model.recordPaper(onDone, failed));
        for (Button inAppButton : new Button[] {reject, approve}) {
            inAppButton.visibleProperty().bind(model.paper.not());
            inAppButton.managedProperty().bind(model.paper.not());
            inAppButton.disableProperty().bind(model.busy());
        }
        paper.visibleProperty().bind(model.paper);
        paper.managedProperty().bind(model.paper);
        paper.disableProperty().bind(model.busy());
        Button cancel = CarryDialogs.button("carryDialogCancel", messages.get("carry.ui.form.cancel"), false);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        setBottom(CarryDialogs.buttonBar(model.generalError(), cancel, reject, approve, paper));
        CarryDialogs.fitOnChange(this, model.paper, model.generalError(), model.error(CarryField.DECISION_COMMENT),
                model.error(CarryField.APPROVER), model.error(CarryField.PAPER_DECIDED_ON));
    }

    /** Opens the dialog; {@code onDone} gets the record after the decision. */
    public static Stage open(Window owner, DaichoServices services, Messages messages, CarryEntry entry,
            DateStyle style, boolean paperMode, Consumer<CarryEntry> onDone) {
        CarryDecisionViewModel model = new CarryDecisionViewModel(services, messages, entry, style, paperMode);
        Stage[] stage = new Stage[1];
        CarryDecisionView view = new CarryDecisionView(model, messages, () -> {
            stage[0].close();
            onDone.accept(model.decided());
        }, () -> stage[0].close());
        stage[0] = CarryDialogs.open(owner, messages.get("carry.ui.decision.title"), view, 720);
        model.load(error -> Dialogs.showError(stage[0], messages, ErrorMessages.describe(error, messages)));
        return stage[0];
    }
}
