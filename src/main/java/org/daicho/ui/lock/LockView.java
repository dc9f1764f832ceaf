package org.daicho.ui.lock;

import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.daicho.i18n.Messages;

/**
 * What the window shows while it is locked: no record at all, only who is logged in and a password field.
 * It replaces the window's content (see {@link IdleLock}); it is not a layer over it.
 */
public final class LockView extends StackPane {

    private final PasswordField password = new PasswordField();

    public LockView(Messages messages, String userName, long idleMinutes, Predicate<char[]> passwordCheck,
            Runnable onUnlocked) {
        LockViewModel model = new LockViewModel(messages, passwordCheck);
        getStyleClass().add("lock-view");
        setId("lockView");

        Label title = new Label(messages.get("lock.title"));
        title.getStyleClass().add("title-2");
        Label text = new Label(messages.get("lock.text", idleMinutes, userName));
        text.setWrapText(true);

        password.setId("unlockPasswordField");
        Label label = new Label(messages.get("lock.password", userName));
        label.setLabelFor(password);
        label.getStyleClass().add("field-label");

        Label error = new Label();
        error.setId("unlockError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.error());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());

        Button unlock = new Button(messages.get("lock.unlock"));
        unlock.setId("unlockButton");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add("accent");
        unlock.disableProperty().bind(model.busy());
        unlock.setOnAction(event -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            model.unlock(typed, onUnlocked);
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("unlockBusy");
        busy.setPrefSize(22, 22);
        busy.setMaxSize(22, 22);
        busy.visibleProperty().bind(model.busy());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, gap, busy, unlock);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(10, title, text, label, password, error, buttons);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(28, 32, 28, 32));
        card.setMaxWidth(440);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(card);
        setPadding(new Insets(40));
    }

    /** Puts the caret in the password field. */
    public void focus() {
        password.requestFocus();
    }
}
