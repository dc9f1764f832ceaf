package org.daicho.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.daicho.i18n.Messages;

/** The app's message boxes: plain sentences, never a stack trace. */
public final class Dialogs {

    private Dialogs() {
    }

    public static void showError(Window owner, Messages messages, String text) {
        errorAlert(owner, messages, text).show();
    }

    public static void showErrorAndWait(Window owner, Messages messages, String text) {
        errorAlert(owner, messages, text).showAndWait();
    }

    private static Alert errorAlert(Window owner, Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("dialog.error.header"));
        Label content = new Label(text);
        content.setWrapText(true);
        content.setId("errorDialogText");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(520);
        return alert;
    }

    /** An information box that waits; with no owner it stands alone (a second start, before any window). */
    public static void showInfoAndWait(Window owner, Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setId("infoDialogText");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(480);
        alert.showAndWait();
    }

    public static void showInfo(Window owner, Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        alert.show();
    }
}
