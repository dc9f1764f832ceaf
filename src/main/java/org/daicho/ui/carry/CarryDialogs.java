package org.daicho.ui.carry;

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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.ui.common.FieldRows;

/** What the carry dialogs share: a modal window, the row grid, the message above the buttons, the buttons. */
final class CarryDialogs {

    private CarryDialogs() {
    }

    /** Opens {@code view} in a modal window {@code width} wide and as tall as its content. */
    static Stage open(Window owner, String title, Parent view, double width) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(view, width, -1);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /**
     * Messages beside the fields, or another mode of the dialog, change its height: fit the window to the
     * content again whenever one of {@code triggers} changes.
     */
    static void fitOnChange(Node view, javafx.beans.Observable... triggers) {
        for (javafx.beans.Observable trigger : triggers) {
            trigger.addListener(changed -> {
                if (view.getScene() != null && view.getScene().getWindow() instanceof Stage stage) {
                    stage.sizeToScene();
                }
            });
        }
    }

    static GridPane grid() {
        GridPane grid = FieldRows.grid();
        grid.getColumnConstraints().get(0).setMinWidth(130);
        return grid;
    }

    /** The general message (a refusal about no field of the dialog), then the buttons on the right. */
    static HBox buttonBar(ObservableStringValue general, Node... buttons) {
        Label message = new Label();
        message.setId("carryDialogMessage");
        message.setWrapText(true);
        message.getStyleClass().add("field-error");
        message.textProperty().bind(general);
        message.setMaxWidth(420);
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
        if (accent) {
            button.getStyleClass().add("accent");
        }
        return button;
    }

    static TextField field(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    static TextArea area(String id, javafx.beans.property.StringProperty property) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }
}
