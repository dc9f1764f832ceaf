package org.daicho.ui.common;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
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

/**
 * What the dialogs of one record screen (持出・持込, 廃棄記録 …) are built of: a modal window, the rows of fields, the
 * message above the buttons, the buttons and inputs. One set of parts, so that the screens' dialogs look and behave
 * alike; each screen makes one instance with what it keeps apart (its ids, its widths, its stylesheet).
 *
 * @param idPrefix      starts the id of what the parts make (e.g. "carry": {@code carryDialogMessage})
 * @param fit           how the label column and the buttons give way to the content
 * @param labelWidth    the label column's width in the dialogs' rows (see {@link #grid()})
 * @param messageWidth  the widest the general message above the buttons grows before it wraps
 * @param stylesheet    the screen's own stylesheet, added to each dialog after the owner's ones (null: none)
 */
public record DialogParts(String idPrefix, Fit fit, double labelWidth, double messageWidth, String stylesheet) {

    /** How a dialog's label column and buttons give way to their content. */
    public enum Fit {
        /** The label column grows to its longest label. */
        TO_CONTENT,
        /** The label column grows to its longest label, and no button is ever narrower than its text. */
        TO_CONTENT_WHOLE_BUTTONS,
        /** The label column keeps its width (long labels wrap), and no button is ever narrower than its text. */
        FIXED
    }

    /** {@code name} after the screen's prefix: {@code id("DialogCancel")} is e.g. {@code carryDialogCancel}. */
    public String id(String name) {
        return idPrefix + name;
    }

    /** Opens {@code view} in a modal window {@code width} × {@code height} ({@code -1}: as tall as its content). */
    public Stage open(Window owner, String title, Parent view, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(view, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        if (stylesheet != null) {
            scene.getStylesheets().add(DialogParts.class.getResource(stylesheet).toExternalForm());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /**
     * Messages beside the fields, or another mode of the dialog, change its height: fit the window to the content
     * again whenever one of {@code triggers} changes.
     */
    public static void fitOnChange(Node view, Observable... triggers) {
        for (Observable trigger : triggers) {
            trigger.addListener(changed -> {
                if (view.getScene() != null && view.getScene().getWindow() instanceof Stage stage) {
                    stage.sizeToScene();
                }
            });
        }
    }

    /** A grid for {@link #rows} with the dialogs' label width. */
    public GridPane grid() {
        return grid(labelWidth);
    }

    /** A grid for {@link #rows} whose label column is {@code width} wide (at least, when the fit is to the content). */
    public GridPane grid(double width) {
        if (fit == Fit.FIXED) {
            return FieldRows.grid(width);
        }
        GridPane grid = FieldRows.grid();
        grid.getColumnConstraints().get(0).setMinWidth(width);
        return grid;
    }

    /** The rows of {@code grid}: label, input and message. */
    public FieldRows rows(GridPane grid) {
        FieldRows rows = new FieldRows(grid);
        return fit == Fit.FIXED ? rows.wrapLabels() : rows;
    }

    /** The general message (a refusal about no field of the dialog), then the buttons on the right. */
    public HBox buttonBar(ObservableStringValue general, Node... buttons) {
        Label message = new Label();
        message.setId(id("DialogMessage"));
        message.setWrapText(true);
        message.getStyleClass().add("field-error");
        message.textProperty().bind(general);
        message.setMaxWidth(messageWidth);
        return bar(message, buttons);
    }

    /**
     * The bar under a form: its state ({@code status}, e.g. 「赤字の項目を直してください」, or the general message
     * when there is one) on the left, then the buttons on the right.
     */
    public static HBox statusBar(String statusId, ObservableStringValue general, ObservableStringValue status,
            Node... buttons) {
        Label text = new Label();
        text.setId(statusId);
        text.setWrapText(true);
        text.getStyleClass().add("field-error");
        text.textProperty().bind(Bindings.createStringBinding(
                () -> general.get().isEmpty() ? status.get() : general.get(), general, status));
        HBox.setHgrow(text, Priority.SOMETIMES);
        return bar(text, buttons);
    }

    /** {@code message} on the left, {@code buttons} on the right. */
    private static HBox bar(Label message, Node... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, message, spacer);
        bar.getChildren().addAll(buttons);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 16, 12, 16));
        return bar;
    }

    /** A button that does {@code action}. */
    public Button button(String id, String text, boolean accent, Runnable action) {
        Button button = button(id, text, accent);
        button.setOnAction(event -> action.run());
        return button;
    }

    public Button button(String id, String text, boolean accent) {
        Button button = new Button(text);
        button.setId(id);
        if (fit != Fit.TO_CONTENT) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (accent) {
            button.getStyleClass().add("accent");
        }
        return button;
    }

    public static TextField field(String id, StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    public static TextArea area(String id, StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    /** A muted explanation under a group of fields. */
    public static Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().addAll("text-muted", "text-small");
        return note;
    }

    /** A rule the clerk must keep, in the warning tint. */
    public static Label warning(String text) {
        Label label = new Label("⚠ " + text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add("storage-warning");
        return label;
    }
}
