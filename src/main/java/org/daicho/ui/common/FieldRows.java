package org.daicho.ui.common;

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
 * one). The message label's id is the input's id + "Error", so tests and screen readers find it.
 */
public final class FieldRows {

    private final GridPane grid;
    private int row;

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

    /** Adds a row; {@code required} marks the label with a *. Returns the message label. */
    public Label add(String labelText, Node input, ObservableStringValue error, boolean required) {
        Label label = new Label(required ? labelText + " *" : labelText);
        label.setLabelFor(input);
        label.getStyleClass().add("field-label");
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

    /** A full-width heading between groups of rows. */
    public void heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("form-heading");
        GridPane.setHalignment(heading, HPos.LEFT);
        grid.add(heading, 0, row, 2, 1);
        row++;
    }
}
