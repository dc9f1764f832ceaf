package org.daicho.ui.disposal;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** What the disposal dialogs share: a modal window, the message above the buttons, buttons and inputs. */
final class DisposalDialogs {

    static final String STYLESHEET = "/org/daicho/ui/disposal/disposal.css";

    private DisposalDialogs() {
    }

    /** Opens {@code view} in a modal window {@code width} × {@code height} ({@code -1}: as tall as its content). */
    static Stage open(Window owner, String title, Parent view, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(view, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(DisposalDialogs.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** Fits the window to the content again whenever one of {@code triggers} changes (a message appears …). */
    static void fitOnChange(Node view, javafx.beans.Observable... triggers) {
        for (javafx.beans.Observable trigger : triggers) {
            trigger.addListener(changed -> {
                if (view.getScene() != null && view.getScene().getWindow() instanceof Stage stage) {
                    stage.sizeToScene();
                }
            });
        }
    }

    /** The general message (a refusal about no field of the dialog), then the buttons on the right. */
    static HBox buttonBar(ObservableStringValue general, Node... buttons) {
        Label message = new Label();
        message.setId("disposalDialogMessage");
        message.setWrapText(true);
        message.getStyleClass().add("field-error");
        message.textProperty().bind(general);
        message.setMaxWidth(520);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, message, spacer);
        bar.getChildren().addAll(buttons);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 16, 12, 16));
        return bar;
    }

    static Button button(String id, String text, boolean accent) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (accent) {
            button.getStyleClass().add("accent");
        }
        return button;
    }

    static TextField field(String id, StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    static TextArea area(String id, StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    /** A muted explanation under a group of fields. */
    static Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().addAll("text-muted", "text-small");
        return note;
    }

    /** A rule the clerk must keep, in the warning tint. */
    static Label warning(String text) {
        Label label = new Label("⚠ " + text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add("storage-warning");
        return label;
    }
}
