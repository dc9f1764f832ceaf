package org.daicho.ui.login;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.daicho.i18n.Messages;
import org.daicho.service.LoginRecord;

/**
 * The strip above the main window right after a login (policy 2.6.2(4)): when this account last logged in and
 * how many wrong passwords were tried since, so that someone else's attempts are noticed. Closed with ×.
 */
public final class LastLoginBanner extends HBox {

    public LastLoginBanner(LoginRecord record, LoginTimes times, Messages messages) {
        getStyleClass().add("last-login-banner");
        boolean failures = record != null && record.failedAttemptsSince() > 0;
        if (failures) {
            getStyleClass().add("has-failures");
        }
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setPadding(new Insets(6, 12, 6, 16));

        Label info = new Label(times.lastLogin(record, messages));
        info.setId("lastLoginInfo");
        info.setWrapText(true);
        info.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(info, Priority.ALWAYS);
        Label hint = new Label(failures ? messages.get("login.last.failuresHint") : "");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setVisible(failures);
        hint.setManaged(failures);
        Button close = new Button(messages.get("login.last.close"));
        close.setId("lastLoginDismiss");
        close.getStyleClass().addAll("flat", "small");
        close.setOnAction(event -> {
            setVisible(false);
            setManaged(false);
        });
        getChildren().addAll(info, hint, close);
    }
}
