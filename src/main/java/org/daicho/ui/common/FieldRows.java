package org.daicho.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Builds form rows: a label, the input, and under the input its validation message (empty until there is
 * one). The message label's id is the input's id + "Error", so tests and screen readers find it. A row's * may
 * also follow a condition (e.g. ツール is required only for a technique done by a program).
 */
public final class FieldRows {

    private final GridPane grid;
    private int row;
    private boolean wrapLabels;

    public FieldRows(GridPane grid) {
        this.grid = grid;
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    /** A grid whose label column is {@code labelWidth} wide whatever the labels (see {@link #wrapLabels()}). */
    public static GridPane grid(double labelWidth) {
        GridPane grid = grid();
        grid.getColumnConstraints().get(0).setMinWidth(labelWidth);
        grid.getColumnConstraints().get(0).setPrefWidth(labelWidth);
        return grid;
    }

    /** Labels longer than their column wrap onto a second line instead of being cut short. */
    public FieldRows wrapLabels() {
        wrapLabels = true;
        return this;
    }

    /** Adds a row; {@code required} marks the label with a *. Returns the message label. */
    public Label add(String labelText, Node input, ObservableStringValue error, boolean required) {
        return add(new Label(required ? labelText + " *" : labelText), input, error);
    }

    /** Adds a row whose label carries the * while {@code required} holds. Returns the message label. */
    public Label add(String labelText, Node input, ObservableStringValue error, ObservableBooleanValue required) {
        Label label = new Label();
        label.textProperty().bind(Bindings.when(required).then(labelText + " *").otherwise(labelText));
        return add(label, input, error);
    }

    private Label add(Label label, Node input, ObservableStringValue error) {
        label.setLabelFor(input);
        label.getStyleClass().add("field-label");
        if (wrapLabels) {
            label.setWrapText(true);
        }
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        if (input.getId() != null) {
            message.setId(input.getId() + "Error");
        }
        if (error != null) {
            message.textProperty().bind(error);
            message.managedProperty().bind(message.textProperty().isNotEmpty());
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
        } else {
            message.setManaged(false);
            message.setVisible(false);
        }
        VBox cell = new VBox(2, input, message);
        GridPane.setValignment(label, VPos.TOP);
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
        row++;
        return message;
    }

    /** A node of its own (a note, a warning) in the inputs' column. */
    public void full(Node node) {
        grid.add(node, 1, row);
        row++;
    }

    /** A full-width heading between groups of rows. */
    public void heading(String text) {
        heading(grid, row, text);
        row++;
    }

    /** A heading across both columns of {@code grid} at {@code row} (also for {@link InfoLines}). */
    static void heading(GridPane grid, int row, String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("form-heading");
        GridPane.setHalignment(heading, HPos.LEFT);
        grid.add(heading, 0, row, 2, 1);
    }
}
