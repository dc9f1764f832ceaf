package org.daicho.ui.login;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.daicho.i18n.Messages;
import org.daicho.service.AccountService;
import org.daicho.ui.common.FieldRows;
import org.daicho.ui.login.ChangePasswordViewModel.Field;

/**
 * パスワードの変更. After a login with a temporary password it comes before anything else and has no cancel;
 * {@code onCancel} null means the change is required.
 */
public final class ChangePasswordView extends VBox {

    public ChangePasswordView(AccountService accounts, Messages messages, String userName, Runnable onChanged,
            Runnable onCancel) {
        ChangePasswordViewModel model = new ChangePasswordViewModel(accounts, messages, userName);
        setSpacing(10);

        Label title = new Label(messages.get("password.change.title"));
        title.getStyleClass().add("title-3");
        Label intro = new Label(onCancel == null
                ? messages.get("password.change.required", userName)
                : messages.get("password.change.intro", userName));
        intro.setWrapText(true);

        PasswordField current = new PasswordField();
        current.setId("currentPasswordField");
        PasswordField next = new PasswordField();
        next.setId("newPasswordField");
        PasswordField confirm = new PasswordField();
        confirm.setId("confirmPasswordField");
        Label rules = new Label(messages.get("password.rules"));
        rules.getStyleClass().addAll("text-muted", "text-small");
        rules.setWrapText(true);

        GridPane grid = FieldRows.grid();
        grid.getColumnConstraints().get(0).setMinWidth(150);
        FieldRows rows = new FieldRows(grid);
        rows.add(messages.get("password.current"), current, model.error(Field.CURRENT), true);
        // the message label is found by the input's id + "Error"
        VBox nextWithRules = new VBox(4, next, rules);
        rows.add(messages.get("password.new"), nextWithRules, model.error(Field.NEW), true).setId("newPasswordFieldError");
        rows.add(messages.get("password.confirm"), confirm, model.error(Field.CONFIRM), true);

        Label error = new Label();
        error.setId("changePasswordError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.error());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());

        Button change = new Button(messages.get("password.change.button"));
        change.setId("changePasswordButton");
        change.setDefaultButton(true);
        change.getStyleClass().add("accent");
        change.disableProperty().bind(model.busy());
        change.setOnAction(event -> {
            char[] currentValue = current.getText().toCharArray();
            char[] nextValue = next.getText().toCharArray();
            char[] confirmValue = confirm.getText().toCharArray();
            current.clear();
            next.clear();
            confirm.clear();
            model.change(currentValue, nextValue, confirmValue, onChanged);
        });
        ProgressIndicator busy = LoginView.busyIndicator("changePasswordBusy");
        busy.visibleProperty().bind(model.busy());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, gap, busy, change);
        if (onCancel != null) {
            Button cancel = new Button(messages.get("password.change.cancel"));
            cancel.setId("cancelPasswordButton");
            cancel.setCancelButton(true);
            cancel.setOnAction(event -> onCancel.run());
            buttons.getChildren().add(0, cancel);
        }
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, intro, grid, error, buttons);
    }
}
