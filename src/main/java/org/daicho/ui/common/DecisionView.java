package org.daicho.ui.common;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
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
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.DecisionViewModel.Fields;

/**
 * The 許可・却下 dialog of a record that needs permission: decide in the app as 情報セキュリティ管理者, or record a
 * 紙決裁. The same dialog for every such record (持出, 廃棄 …); each screen brings its texts, its summary of the record
 * at the top and its {@link DialogParts} (ids such as {@code carryApproveConfirm}, widths, stylesheet).
 */
public final class DecisionView<E, F extends Enum<F>> extends BorderPane {

    /** What the dialog says, in the record screen's own words. */
    public record Texts(String inApp, String onPaper, String notManager, String separation, String paperApprover,
            String paperDate, String comment, String choose, String dateHint, String approve, String reject,
            String recordPaper, String cancel) {
    }

    public DecisionView(DecisionViewModel<E, F> model, Messages messages, DialogParts parts, Texts texts, Node summary,
            Runnable onDone, Runnable onCancel) {
        Fields<F> fields = model.fields();
        getStyleClass().add(parts.idPrefix() + "-decision");
        setTop(summary);

        ToggleGroup mode = new ToggleGroup();
        RadioButton inApp = new RadioButton(texts.inApp());
        inApp.setId(parts.id("DecideInApp"));
        inApp.setToggleGroup(mode);
        inApp.setDisable(!model.mayDecideInApp());
        RadioButton onPaper = new RadioButton(texts.onPaper());
        onPaper.setId(parts.id("DecideOnPaper"));
        onPaper.setToggleGroup(mode);
        onPaper.setDisable(!model.mayRecordPaper());
        (model.paper.get() ? onPaper : inApp).setSelected(true);
        mode.selectedToggleProperty().addListener((obs, old, now) -> model.paper.set(now == onPaper));
        Label roleNote = DialogParts.note(texts.notManager());
        roleNote.setVisible(!model.mayDecideInApp());
        roleNote.setManaged(!model.mayDecideInApp());
        Label separation = DialogParts.note(texts.separation());

        GridPane paperGrid = parts.grid();
        FieldRows paperRows = parts.rows(paperGrid);
        ComboBox<Staff> approver = new ComboBox<>(model.candidates());
        approver.setId(parts.id("PaperApprover"));
        approver.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(approver, Staff::name, texts.choose());
        approver.valueProperty().bindBidirectional(model.approver);
        paperRows.add(texts.paperApprover(), approver, model.error(fields.approver()), true);
        paperRows.add(texts.paperDate(), DialogParts.field(parts.id("PaperDate"), model.paperDate, texts.dateHint()),
                model.error(fields.paperDate()), true);
        paperGrid.visibleProperty().bind(model.paper);
        paperGrid.managedProperty().bind(model.paper);

        GridPane commentGrid = parts.grid();
        parts.rows(commentGrid).add(texts.comment(), DialogParts.area(parts.id("DecisionComment"), model.comment, 3),
                model.error(fields.comment()), false);

        VBox center = new VBox(10, new HBox(20, inApp, onPaper), roleNote, separation, paperGrid, commentGrid);
        center.setPadding(new Insets(12, 16, 0, 16));
        setCenter(center);

        Consumer<Throwable> failed = error -> Dialogs.showError(getScene() == null ? null : getScene().getWindow(),
                messages, ErrorMessages.describe(error, messages));
        Button reject = parts.button(parts.id("RejectConfirm"), texts.reject(), false);
        reject.getStyleClass().add("danger");
        reject.setOnAction(event -> model.reject(onDone, failed));
        Button approve = parts.button(parts.id("ApproveConfirm"), texts.approve(), true);
        approve.setOnAction(event -> model.approve(onDone, failed));
        Button paper = parts.button(parts.id("PaperConfirm"), texts.recordPaper(), true);
        paper.setOnAction(event -> model.recordPaper(onDone, failed));
        for (Button inAppButton : new Button[] {reject, approve}) {
            inAppButton.visibleProperty().bind(model.paper.not());
            inAppButton.managedProperty().bind(model.paper.not());
            inAppButton.disableProperty().bind(model.busy());
        }
        paper.visibleProperty().bind(model.paper);
        paper.managedProperty().bind(model.paper);
        paper.disableProperty().bind(model.busy());
        Button cancel = parts.button(parts.id("DialogCancel"), texts.cancel(), false);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        setBottom(parts.buttonBar(model.generalError(), cancel, reject, approve, paper));
        DialogParts.fitOnChange(this, model.paper, model.generalError(), model.error(fields.comment()),
                model.error(fields.approver()), model.error(fields.paperDate()));
    }

    /**
     * Opens the dialog, {@code width} wide, with {@code summary} (the record) at its top; {@code onDone} gets the
     * record after the decision.
     */
    public static <E, F extends Enum<F>> Stage open(Window owner, DialogParts parts, String title, double width,
            DecisionViewModel<E, F> model, Messages messages, Texts texts, Node summary, Consumer<E> onDone) {
        Stage[] stage = new Stage[1];
        DecisionView<E, F> view = new DecisionView<>(model, messages, parts, texts, summary, () -> {
            stage[0].close();
            onDone.accept(model.decided());
        }, () -> stage[0].close());
        stage[0] = parts.open(owner, title, view, width, -1);
        model.load(error -> Dialogs.showError(stage[0], messages, ErrorMessages.describe(error, messages)));
        return stage[0];
    }
}
