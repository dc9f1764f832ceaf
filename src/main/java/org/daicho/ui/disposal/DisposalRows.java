package org.daicho.ui.disposal;

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
 * Form rows as {@link org.daicho.ui.common.FieldRows} builds them (label, input, the message under the input whose
 * id is the input's id + "Error"), and also rows whose * follows a condition: ツール is required only for a
 * technique done by a program.
 */
final class DisposalRows {

    private final GridPane grid;
    private int row;

    DisposalRows(GridPane grid) {
        this.grid = grid;
    }

    static GridPane grid(double labelWidth) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(labelWidth);
        labels.setPrefWidth(labelWidth);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    Label add(String labelText, Node input, ObservableStringValue error, boolean required) {
        Label label = new Label(required ? labelText + " *" : labelText);
        return add(label, input, error);
    }

    /** A row whose label carries the * while {@code required} holds. */
    Label add(String labelText, Node input, ObservableStringValue error, ObservableBooleanValue required) {
        Label label = new Label();
        label.textProperty().bind(Bindings.when(required).then(labelText + " *").otherwise(labelText));
        return add(label, input, error);
    }

    private Label add(Label label, Node input, ObservableStringValue error) {
        label.setLabelFor(input);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
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

    /** A full-width node (a note, a warning) under the labels' column. */
    void full(Node node) {
        grid.add(node, 1, row);
        row++;
    }

    void heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("form-heading");
        GridPane.setHalignment(heading, HPos.LEFT);
        grid.add(heading, 0, row, 2, 1);
        row++;
    }
}
