package org.daicho.ui.training;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.DateStyle;
import org.daicho.domain.TrainingField;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingTarget;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;

/** The session dialog (研修の登録・変更): each field with its message beside it. */
public final class TrainingSessionFormView extends BorderPane {

    public TrainingSessionFormView(TrainingSessionFormViewModel model, Messages messages, Runnable onSaved,
            Runnable onCancel) {
        getStyleClass().add("training-session-form");
        GridPane grid = TrainingDialogs.PARTS.grid();
        FieldRows rows = new FieldRows(grid);
        rows.add(messages.get("training.field.TITLE"), DialogParts.field("trainingTitle", model.title,
                messages.get("training.ui.form.titlePrompt")), model.error(TrainingField.TITLE), true);
        rows.add(messages.get("training.field.KIND"), choice("trainingKind", TrainingKind.values(), model.kind, messages),
                model.error(TrainingField.KIND), true);
        rows.add(messages.get("training.field.HELD_ON"), DialogParts.field("trainingHeldOn", model.heldOn,
                messages.get("training.ui.dateHint")), model.error(TrainingField.HELD_ON), true);
        rows.add(messages.get("training.field.FORMAT"), choice("trainingFormat", TrainingFormat.values(), model.format,
                messages), model.error(TrainingField.FORMAT), true);
        rows.add(messages.get("training.field.INSTRUCTOR"), DialogParts.field("trainingInstructor",
                model.instructor, messages.get("training.ui.form.instructorPrompt")),
                model.error(TrainingField.INSTRUCTOR), false);
        rows.add(messages.get("training.field.TARGET"), choice("trainingTarget", TrainingTarget.values(), model.target,
                messages), model.error(TrainingField.TARGET), true);
        rows.add(messages.get("training.field.NOTE"), DialogParts.area("trainingNote", model.note, 3),
                model.error(TrainingField.NOTE), false);
        Label intro = new Label(messages.get("training.ui.form.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        VBox center = new VBox(12, intro, grid);
        center.setPadding(new Insets(14, 16, 0, 16));
        setCenter(center);

        Consumer<Throwable> failed = error -> Dialogs.showError(getScene() == null ? null : getScene().getWindow(),
                messages, ErrorMessages.describe(error, messages));
        Button save = TrainingDialogs.PARTS.button("trainingSaveButton", messages.get("training.ui.form.save"), true);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busy().or(new javafx.beans.property.SimpleBooleanProperty(!model.mayRecord())));
        save.setOnAction(event -> model.save(saved -> onSaved.run(), failed));
        Button cancel = TrainingDialogs.PARTS.button("trainingFormCancelButton", messages.get("training.ui.close"), false);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        setBottom(TrainingDialogs.PARTS.buttonBar(model.generalError(), cancel, save));
        DialogParts.fitOnChange(this, model.generalError(), model.error(TrainingField.TITLE),
                model.error(TrainingField.HELD_ON), model.error(TrainingField.KIND), model.error(TrainingField.FORMAT),
                model.error(TrainingField.TARGET), model.error(TrainingField.INSTRUCTOR), model.error(TrainingField.NOTE));
    }

    private static <T extends Enum<T>> ComboBox<T> choice(String id, T[] values,
            javafx.beans.property.ObjectProperty<T> property, Messages messages) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(box, messages::label, messages.get("training.ui.choose"));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** Opens the dialog; {@code existing} null for a new session. {@code onSaved} gets the stored session. */
    public static Stage open(Window owner, DaichoServices services, Messages messages, TrainingSession existing,
            DateStyle style, Consumer<TrainingSession> onSaved) {
        TrainingSessionFormViewModel model = new TrainingSessionFormViewModel(services, messages, existing, style);
        Stage[] stage = new Stage[1];
        TrainingSessionFormView view = new TrainingSessionFormView(model, messages, () -> {
            stage[0].close();
            onSaved.accept(model.saved());
        }, () -> stage[0].close());
        stage[0] = TrainingDialogs.PARTS.open(owner, messages.get(existing == null ? "training.ui.form.titleNew"
                : "training.ui.form.titleEdit"), view, 640, -1);
        return stage[0];
    }
}
