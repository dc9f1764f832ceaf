package org.daicho.ui.training;

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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.ui.common.FieldRows;

/** What the training dialogs share: a modal window, the row grid, the message above the buttons, the buttons. */
final class TrainingDialogs {

    static final String STYLESHEET = TrainingDialogs.class.getResource("/org/daicho/ui/training/training.css")
            .toExternalForm();

    private TrainingDialogs() {
    }

    /** Opens {@code view} in a modal window {@code width} wide and {@code height} tall (-1: as its content). */
    static Stage open(Window owner, String title, Parent view, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(view, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** Fits the window to the content again whenever one of {@code triggers} changes (messages appear). */
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
        message.setId("trainingDialogMessage");
        message.setWrapText(true);
        message.getStyleClass().add("field-error");
        message.textProperty().bind(general);
        message.setMaxWidth(460);
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
}
