package org.daicho.ui.disposal;

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
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalField;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Dialogs;

/** The 許可・却下 dialog: decide in the app as 情報セキュリティ管理者, or record a 紙決裁. */
public final class DisposalDecisionView extends BorderPane {

    public DisposalDecisionView(DisposalDecisionViewModel model, Messages messages, Runnable onDone, Runnable onCancel) {
        getStyleClass().add("disposal-decision");
        setTop(DisposalSummary.of(model.entry(), messages, model.dateStyle()));

        ToggleGroup mode = new ToggleGroup();
        RadioButton inApp = new RadioButton(messages.get("disposal.ui.decision.inApp"));
        inApp.setId("disposalDecideInApp");
        inApp.setToggleGroup(mode);
        inApp.setDisable(!model.mayDecideInApp());
        RadioButton onPaper = new RadioButton(messages.get("disposal.ui.decision.onPaper"));
        onPaper.setId("disposalDecideOnPaper");
        onPaper.setToggleGroup(mode);
        onPaper.setDisable(!model.mayRecordPaper());
        (model.paper.get() ? onPaper : inApp).setSelected(true);
        mode.selectedToggleProperty().addListener((obs, old, now) -> model.paper.set(now == onPaper));
        Label roleNote = DisposalDialogs.note(messages.get("disposal.ui.decision.notManager"));
        roleNote.setVisible(!model.mayDecideInApp());
        roleNote.setManaged(!model.mayDecideInApp());
        Label separation = DisposalDialogs.note(messages.get("disposal.ui.decision.separation"));

        GridPane paperGrid = DisposalRows.grid(130);
        DisposalRows paperRows = new DisposalRows(paperGrid);
        ComboBox<Staff> approver = new ComboBox<>(model.candidates());
        approver.setId("disposalPaperApprover");
        approver.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(approver, Staff::name, messages.get("disposal.ui.choose"));
        approver.valueProperty().bindBidirectional(model.approver);
        paperRows.add(messages.get("disposal.ui.decision.paperApprover"), approver,
                model.error(DisposalField.APPROVER), true);
        paperRows.add(messages.get("disposal.field.PAPER_DECIDED_ON"),
                DisposalDialogs.field("disposalPaperDate", model.paperDate, messages.get("disposal.ui.dateHint")),
                model.error(DisposalField.PAPER_DECIDED_ON), true);
        paperGrid.visibleProperty().bind(model.paper);
        paperGrid.managedProperty().bind(model.paper);

        GridPane commentGrid = DisposalRows.grid(130);
        new DisposalRows(commentGrid).add(messages.get("disposal.field.DECISION_COMMENT"),
                DisposalDialogs.area("disposalDecisionComment", model.comment, 3),
                model.error(DisposalField.DECISION_COMMENT), false);

        VBox center = new VBox(10, new HBox(20, inApp, onPaper), roleNote, separation, paperGrid, commentGrid);
        center.setPadding(new Insets(12, 16, 0, 16));
        setCenter(center);

        Consumer<Throwable> failed = error -> Dialogs.showError(getScene() == null ? null : getScene().getWindow(),
                messages, ErrorMessages.describe(error, messages));
        Button reject = DisposalDialogs.button("disposalRejectConfirm", messages.get("disposal.ui.decision.reject"),
                false);
        reject.getStyleClass().add("danger");
        reject.setOnAction(event -> model.reject(onDone, failed));
        Button approve = DisposalDialogs.button("disposalApproveConfirm", messages.get("disposal.ui.decision.approve"),
                true);
        approve.setOnAction(event -> model.approve(onDone, failed));
        Button paper = DisposalDialogs.button("disposalPaperConfirm", messages.get("disposal.ui.decision.recordPaper"),
                true);
        paper.setOnAction(event -> model.recordPaper(onDone, failed));
        for (Button inAppButton : new Button[] {reject, approve}) {
            inAppButton.visibleProperty().bind(model.paper.not());
            inAppButton.managedProperty().bind(model.paper.not());
            inAppButton.disableProperty().bind(model.busy());
        }
        paper.visibleProperty().bind(model.paper);
        paper.managedProperty().bind(model.paper);
        paper.disableProperty().bind(model.busy());
        Button cancel = DisposalDialogs.button("disposalDialogCancel", messages.get("disposal.ui.cancel"), false);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        setBottom(DisposalDialogs.buttonBar(model.generalError(), cancel, reject, approve, paper));
        DisposalDialogs.fitOnChange(this, model.paper, model.generalError(), model.error(DisposalField.DECISION_COMMENT),
                model.error(DisposalField.APPROVER), model.error(DisposalField.PAPER_DECIDED_ON));
    }

    /** Opens the dialog; {@code onDone} gets the record after the decision. */
    public static Stage open(Window owner, DaichoServices services, Messages messages, DisposalEntry entry,
            DateStyle style, boolean paperMode, Consumer<DisposalEntry> onDone) {
        DisposalDecisionViewModel model = new DisposalDecisionViewModel(services, messages, entry, style, paperMode);
        Stage[] stage = new Stage[1];
        DisposalDecisionView view = new DisposalDecisionView(model, messages, () -> {
            stage[0].close();
            onDone.accept(model.decided());
        }, () -> stage[0].close());
        stage[0] = DisposalDialogs.open(owner, messages.get(paperMode ? "disposal.ui.decision.titlePaper"
                : "disposal.ui.decision.title"), view, 760, -1);
        model.load(error -> Dialogs.showError(stage[0], messages, ErrorMessages.describe(error, messages)));
        return stage[0];
    }
}
