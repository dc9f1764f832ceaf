package org.daicho.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.i18n.Messages;
import org.daicho.service.ExportProtection;

/**
 * The question every export asks before it writes: encrypt the workbook with a password (policy 2.3(2)⑦⑨, pre-selected
 * for 機密性2+ data), or write it plain. The password is typed twice, handed to the export once and never stored.
 * A modal window; the export waits for the answer.
 */
public final class ExportProtectionChoice {

    private static final DialogParts PARTS = new DialogParts("exportProtect", DialogParts.Fit.TO_CONTENT_WHOLE_BUTTONS,
            140, 360, null);

    private ExportProtectionChoice() {
    }

    /** Asks whether to encrypt the export; empty when the clerk cancels. preselect: the export holds 機密性2+ data. */
    public static Optional<ExportProtection> ask(Window owner, Messages messages, boolean preselect,
            String highestClassLabel) {
        ExportProtectionChoiceViewModel model = new ExportProtectionChoiceViewModel(messages, preselect);
        Stage stage = new Stage();
        @SuppressWarnings("unchecked")
        Optional<ExportProtection>[] answer = new Optional[] {Optional.empty()};
        BorderPane view = view(model, messages, highestClassLabel, chosen -> {
            answer[0] = Optional.of(chosen);
            stage.close();
        }, stage::close);
        stage.initOwner(owner);
        stage.initModality(owner == null ? Modality.APPLICATION_MODAL : Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("export.protect.title"));
        stage.setResizable(false);
        Scene scene = new Scene(view, 520, -1);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.showAndWait();
        return answer[0];
    }

    /** {@link #ask} for an export whose rows reach 機密性 {@code highestConfidentiality} (1–3). */
    public static Optional<ExportProtection> ask(Window owner, Messages messages, int highestConfidentiality) {
        return ask(owner, messages, highestConfidentiality >= 2,
                messages.get("export.protect.class", highestConfidentiality));
    }

    /**
     * {@code export} as a background work that clears {@code protection}'s password afterwards, whether the file was
     * written, failed or was stopped: the password lives no longer than the one export.
     */
    public static <T> UiTasks.Work<T> clearingAfter(ExportProtection protection, UiTasks.Work<T> export) {
        return progress -> {
            try {
                return export.run(progress);
            } finally {
                protection.clear();
            }
        };
    }

    /** {@code doneText} (「出力しました: …」), and after it that the file is encrypted when it is. */
    public static String done(Messages messages, String doneText, boolean encrypted) {
        return encrypted ? doneText + messages.get("export.protect.encryptedNote") : doneText;
    }

    /** The window's content; {@code onChosen} gets the protection once the password is confirmed. */
    static BorderPane view(ExportProtectionChoiceViewModel model, Messages messages, String highestClassLabel,
            Consumer<ExportProtection> onChosen, Runnable onCancel) {
        Label reason = new Label(model.preselected()
                ? messages.get("export.protect.reason.sensitive", highestClassLabel)
                : messages.get("export.protect.reason.plain", highestClassLabel));
        reason.setId(PARTS.id("Reason"));
        reason.setWrapText(true);

        CheckBox encrypt = new CheckBox(messages.get("export.protect.encrypt"));
        encrypt.setId(PARTS.id("Encrypt"));
        encrypt.selectedProperty().bindBidirectional(model.encrypt());

        PasswordField password = new PasswordField();
        password.setId(PARTS.id("Password"));
        PasswordField confirm = new PasswordField();
        confirm.setId(PARTS.id("Confirm"));
        GridPane grid = PARTS.grid();
        grid.setId(PARTS.id("Passwords"));
        FieldRows rows = PARTS.rows(grid);
        rows.add(messages.get("export.protect.password"), password, model.passwordError(), true);
        rows.add(messages.get("export.protect.confirm"), confirm, model.confirmError(), true);
        rows.full(DialogParts.note(messages.get("export.protect.rules", ExportProtectionChoiceViewModel.MIN_LENGTH)));
        grid.visibleProperty().bind(model.encrypt());
        grid.managedProperty().bind(model.encrypt());

        Label warning = DialogParts.warning(messages.get("export.protect.unencrypted"));
        warning.setId(PARTS.id("Warning"));
        warning.visibleProperty().bind(model.unencryptedWarning());
        warning.managedProperty().bind(model.unencryptedWarning());

        VBox center = new VBox(10, reason, encrypt, grid, warning);
        center.setPadding(new Insets(14, 16, 0, 16));

        Button cancel = PARTS.button(PARTS.id("Cancel"), messages.get("export.protect.cancel"), false, onCancel);
        cancel.setCancelButton(true);
        Button ok = PARTS.button(PARTS.id("Ok"), messages.get("export.protect.ok"), true, () -> {
            // the fields never keep a typed password, whether it was accepted or not
            char[] typed = password.getText().toCharArray();
            char[] again = confirm.getText().toCharArray();
            password.clear();
            confirm.clear();
            model.choose(typed, again).ifPresent(onChosen);
        });
        ok.setDefaultButton(true);

        BorderPane view = new BorderPane(center);
        view.setBottom(PARTS.buttonBar(new SimpleStringProperty(""), cancel, ok));
        view.getStyleClass().add("export-protection");
        DialogParts.fitOnChange(view, model.encrypt(), model.passwordError(), model.confirmError());
        return view;
    }
}
