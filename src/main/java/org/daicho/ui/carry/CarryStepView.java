package org.daicho.ui.carry;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.CarryAction;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.DateStyle;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.Dialogs;

/** The 持出 dialog (when it goes out) and the 取消 dialog (why). */
public final class CarryStepView extends BorderPane {

    public CarryStepView(CarryStepViewModel model, Messages messages, Runnable onDone, Runnable onCancel) {
        boolean out = model.action() == CarryAction.MARK_OUT;
        getStyleClass().add("carry-step");
        setTop(CarrySummary.of(model.entry(), messages, model.dateStyle()));
        GridPane grid = CarryDialogs.PARTS.grid();
        Node input = out ? DialogParts.field("carryStepText", model.text, messages.get("carry.ui.form.outPrompt"))
                : DialogParts.area("carryStepText", model.text, 3);
        CarryDialogs.PARTS.rows(grid).add(messages.get("carry.field." + model.field().name()), input, model.error(),
                true);
        Label note = DialogParts.note(messages.get(out ? "carry.ui.out.note" : "carry.ui.cancel.note"));
        VBox center = new VBox(10, grid, note);
        center.setPadding(new Insets(12, 16, 0, 16));
        setCenter(center);

        Consumer<Throwable> failed = error -> Dialogs.showError(getScene() == null ? null : getScene().getWindow(),
                messages, ErrorMessages.describe(error, messages));
        Button confirm = CarryDialogs.PARTS.button("carryStepConfirm",
                messages.get(out ? "carry.ui.out.confirm" : "carry.ui.cancel.confirm"), true);
        if (!out) {
            confirm.getStyleClass().setAll("button", "danger");
        }
        confirm.setDefaultButton(out);
        confirm.disableProperty().bind(model.busy());
        confirm.setOnAction(event -> model.confirm(onDone, failed));
        Button cancel = CarryDialogs.PARTS.button("carryDialogCancel", messages.get("carry.ui.form.close"), false);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        setBottom(CarryDialogs.PARTS.buttonBar(model.generalError(), cancel, confirm));
        DialogParts.fitOnChange(this, model.generalError(), model.error());
    }

    public static Stage open(Window owner, DaichoServices services, Messages messages, CarryEntry entry,
            CarryAction action, DateStyle style, Consumer<CarryEntry> onDone) {
        CarryStepViewModel model = new CarryStepViewModel(services, messages, entry, action, style);
        Stage[] stage = new Stage[1];
        CarryStepView view = new CarryStepView(model, messages, () -> {
            stage[0].close();
            onDone.accept(model.result());
        }, () -> stage[0].close());
        String title = messages.get(action == CarryAction.MARK_OUT ? "carry.ui.out.title" : "carry.ui.cancel.title");
        stage[0] = CarryDialogs.PARTS.open(owner, title, view, 680, -1);
        return stage[0];
    }
}
