package org.daicho.ui.training;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.i18n.Messages;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;
import org.daicho.ui.common.UiTasks;

/** Asks why (削除の理由, 取消の理由) before a step that the change history keeps with its reason. */
public final class TrainingReasonView extends BorderPane {

    public TrainingReasonView(TrainingReasonViewModel model, Messages messages, String intro, String confirmText,
            Runnable onDone, Runnable onCancel) {
        getStyleClass().add("training-reason");
        Label what = new Label(intro);
        what.setId("trainingReasonIntro");
        what.setWrapText(true);
        what.getStyleClass().add("rules-panel");
        what.setPadding(new Insets(10));
        what.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = TrainingDialogs.PARTS.grid();
        new FieldRows(grid).add(messages.get("training.ui.reason.label"),
                DialogParts.area("trainingReasonText", model.reason, 3), model.error(), true);
        VBox center = new VBox(12, what, grid);
        center.setPadding(new Insets(14, 16, 0, 16));
        setCenter(center);

        Consumer<Throwable> failed = error -> Dialogs.showError(getScene() == null ? null : getScene().getWindow(),
                messages, ErrorMessages.describe(error, messages));
        Button confirm = TrainingDialogs.PARTS.button("trainingReasonConfirm", confirmText, false);
        confirm.getStyleClass().setAll("button", "danger");
        confirm.disableProperty().bind(model.busy());
        confirm.setOnAction(event -> model.confirm(onDone, failed));
        Button cancel = TrainingDialogs.PARTS.button("trainingReasonCancel", messages.get("training.ui.close"), false);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        setBottom(TrainingDialogs.PARTS.buttonBar(model.generalError(), cancel, confirm));
        DialogParts.fitOnChange(this, model.error(), model.generalError());
    }

    /** Opens the dialog; {@code step} turns the reason into the work, {@code onDone} runs after it succeeded. */
    public static Stage open(Window owner, Messages messages, String title, String intro, String confirmText,
            Function<String, UiTasks.Work<?>> step, Runnable onDone) {
        TrainingReasonViewModel model = new TrainingReasonViewModel(messages, step);
        Stage[] stage = new Stage[1];
        TrainingReasonView view = new TrainingReasonView(model, messages, intro, confirmText, () -> {
            stage[0].close();
            onDone.run();
        }, () -> stage[0].close());
        stage[0] = TrainingDialogs.PARTS.open(owner, title, view, 600, -1);
        return stage[0];
    }
}
