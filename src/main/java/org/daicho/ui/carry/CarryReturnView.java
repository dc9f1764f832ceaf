package org.daicho.ui.carry;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
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
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;

/** The 返却 dialog: return time and 返却確認者. */
public final class CarryReturnView extends BorderPane {

    public CarryReturnView(CarryReturnViewModel model, Messages messages, Runnable onDone, Runnable onCancel) {
        getStyleClass().add("carry-return");
        setTop(CarrySummary.of(model.entry(), messages, model.dateStyle()));
        GridPane grid = CarryDialogs.PARTS.grid();
        FieldRows rows = CarryDialogs.PARTS.rows(grid);
        rows.add(messages.get("carry.field.ACTUAL_RETURN"), DialogParts.field("carryReturnAt", model.returnedAt,
                messages.get("carry.ui.form.returnPrompt")), model.error(CarryField.ACTUAL_RETURN), true);
        ComboBox<Staff> checker = new ComboBox<>(model.checkers());
        checker.setId("carryReturnChecker");
        checker.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(checker, Staff::name, messages.get("carry.ui.form.choose"));
        checker.valueProperty().bindBidirectional(model.checker);
        rows.add(messages.get("carry.field.RETURN_CHECKER"), checker, model.error(CarryField.RETURN_CHECKER), true);
        Label note = DialogParts.note(messages.get("carry.ui.return.note"));
        VBox center = new VBox(10, grid, note);
        center.setPadding(new Insets(12, 16, 0, 16));
        setCenter(center);

        Consumer<Throwable> failed = error -> Dialogs.showError(getScene() == null ? null : getScene().getWindow(),
                messages, ErrorMessages.describe(error, messages));
        Button confirm = CarryDialogs.PARTS.button("carryReturnConfirm", messages.get("carry.ui.return.confirm"), true);
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(model.busy());
        confirm.setOnAction(event -> model.confirm(onDone, failed));
        Button cancel = CarryDialogs.PARTS.button("carryDialogCancel", messages.get("carry.ui.form.cancel"), false);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        setBottom(CarryDialogs.PARTS.buttonBar(model.generalError(), cancel, confirm));
        DialogParts.fitOnChange(this, model.generalError(), model.error(CarryField.ACTUAL_RETURN),
                model.error(CarryField.RETURN_CHECKER));
    }

    public static Stage open(Window owner, DaichoServices services, Messages messages, CarryEntry entry,
            DateStyle style, Consumer<CarryEntry> onDone) {
        CarryReturnViewModel model = new CarryReturnViewModel(services, messages, entry, style);
        Stage[] stage = new Stage[1];
        CarryReturnView view = new CarryReturnView(model, messages, () -> {
            stage[0].close();
            onDone.accept(model.returned());
        }, () -> stage[0].close());
        stage[0] = CarryDialogs.PARTS.open(owner, messages.get("carry.ui.return.title"), view, 680, -1);
        model.load(error -> Dialogs.showError(stage[0], messages, ErrorMessages.describe(error, messages)));
        return stage[0];
    }
}
