package org.daicho.ui.login;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.daicho.i18n.Messages;
import org.daicho.service.Unlocked;
import org.daicho.ui.common.FieldRows;
import org.daicho.ui.login.RecoveryViewModel.Field;

/**
 * 回復キーで開く: when no administrator can log in, the recovery key kept in the safe opens the store and
 * gives the named administrator account a new password. No record is lost.
 */
public final class RecoveryView extends VBox {

    public RecoveryView(Messages messages, Path dataDir, Clock clock, Consumer<Unlocked> onUnlocked, Runnable onBack) {
        RecoveryViewModel model = new RecoveryViewModel(messages, dataDir, clock);
        setSpacing(10);

        Label title = new Label(messages.get("recovery.title"));
        title.getStyleClass().add("title-3");
        Label intro = new Label(messages.get("recovery.intro"));
        intro.setWrapText(true);

        TextField key = new TextField();
        key.setId("recoveryKeyField");
        key.setPromptText(messages.get("recovery.key.prompt"));
        key.getStyleClass().add("recovery-key-input");
        key.textProperty().bindBidirectional(model.recoveryKey());
        TextField user = new TextField();
        user.setId("recoveryUserField");
        user.textProperty().bindBidirectional(model.userName());
        PasswordField password = new PasswordField();
        password.setId("recoveryPasswordField");
        PasswordField confirm = new PasswordField();
        confirm.setId("recoveryConfirmField");
        Label rules = new Label(messages.get("password.rules"));
        rules.getStyleClass().addAll("text-muted", "text-small");
        rules.setWrapText(true);

        GridPane grid = FieldRows.grid();
        grid.getColumnConstraints().get(0).setMinWidth(150);
        FieldRows rows = new FieldRows(grid);
        rows.add(messages.get("recovery.key"), key, model.error(Field.KEY), true);
        rows.add(messages.get("recovery.user"), user, model.error(Field.USER_NAME), true);
        rows.add(messages.get("password.new"), new VBox(4, password, rules), model.error(Field.NEW_PASSWORD), true)
                .setId("recoveryPasswordFieldError");
        rows.add(messages.get("password.confirm"), confirm, model.error(Field.CONFIRM_PASSWORD), true);

        Label error = new Label();
        error.setId("recoveryError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.error());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());

        Button back = new Button(messages.get("recovery.back"));
        back.setId("recoveryBackButton");
        back.setCancelButton(true);
        back.setOnAction(event -> onBack.run());
        Button recover = new Button(messages.get("recovery.button"));
        recover.setId("recoverButton");
        recover.setDefaultButton(true);
        recover.getStyleClass().add("accent");
        recover.disableProperty().bind(model.busy());
        recover.setOnAction(event -> {
            char[] next = password.getText().toCharArray();
            char[] again = confirm.getText().toCharArray();
            password.clear();
            confirm.clear();
            model.recover(next, again, onUnlocked);
        });
        ProgressIndicator busy = LoginView.busyIndicator("recoveryBusy");
        busy.visibleProperty().bind(model.busy());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, back, gap, busy, recover);
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, intro, grid, error, buttons);
    }
}
