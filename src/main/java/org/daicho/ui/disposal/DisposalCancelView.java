package org.daicho.ui.disposal;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.Dialogs;

/** The 取消 dialog: why the application is withdrawn. */
public final class DisposalCancelView extends BorderPane {

    public DisposalCancelView(DisposalCancelViewModel model, Messages messages, Runnable onDone, Runnable onCancel) {
        getStyleClass().add("disposal-cancel");
        setTop(DisposalSummary.of(model.entry(), messages, model.dateStyle()));
        GridPane grid = DisposalDialogs.PARTS.grid(130);
        DisposalDialogs.PARTS.rows(grid).add(messages.get("disposal.field.CANCEL_REASON"),
                DialogParts.area("disposalCancelReason", model.reason, 3), model.error(), true);
        VBox center = new VBox(10, grid, DialogParts.note(messages.get("disposal.ui.cancel.note")));
        center.setPadding(new Insets(12, 16, 0, 16));
        setCenter(center);
        Consumer<Throwable> failed = error -> Dialogs.showError(getScene() == null ? null : getScene().getWindow(),
                messages, ErrorMessages.describe(error, messages));
        Button confirm = DisposalDialogs.PARTS.button("disposalCancelConfirm",
                messages.get("disposal.ui.cancel.confirm"), false);
        confirm.getStyleClass().add("danger");
        confirm.disableProperty().bind(model.busy());
        confirm.setOnAction(event -> model.confirm(onDone, failed));
        Button close = DisposalDialogs.PARTS.button("disposalDialogCancel", messages.get("disposal.ui.close"), false);
        close.setCancelButton(true);
        close.setOnAction(event -> onCancel.run());
        setBottom(DisposalDialogs.PARTS.buttonBar(model.generalError(), close, confirm));
        DialogParts.fitOnChange(this, model.generalError(), model.error());
    }

    public static Stage open(Window owner, DaichoServices services, Messages messages, DisposalEntry entry,
            DateStyle style, Consumer<DisposalEntry> onDone) {
        DisposalCancelViewModel model = new DisposalCancelViewModel(services, messages, entry, style);
        Stage[] stage = new Stage[1];
        DisposalCancelView view = new DisposalCancelView(model, messages, () -> {
            stage[0].close();
            onDone.accept(model.cancelled());
        }, () -> stage[0].close());
        stage[0] = DisposalDialogs.PARTS.open(owner, messages.get("disposal.ui.cancel.title"), view, 700, -1);
        return stage[0];
    }
}
