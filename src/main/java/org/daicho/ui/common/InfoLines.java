package org.daicho.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A record shown read-only, a line each: the name muted on the right of its column, the value wrapping beside it
 * (the summary at the top of a record's dialogs, a record in full). The read-only counterpart of {@link FieldRows},
 * shared so that every record screen shows its records alike.
 */
public final class InfoLines {

    private final GridPane grid;
    private int row;
    private boolean wholeNames;

    public InfoLines(GridPane grid) {
        this.grid = grid;
    }

    /** A grid whose names' column is at least {@code labelWidth} wide, {@code vgap} between the lines. */
    public static GridPane grid(double labelWidth, double vgap) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(vgap);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(labelWidth);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }

    /** Names are never cut short: the names' column grows to the longest. */
    public InfoLines wholeNames() {
        wholeNames = true;
        return this;
    }

    public void add(String label, String value) {
        Label name = new Label(label);
        name.getStyleClass().add("text-muted");
        if (wholeNames) {
            name.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label text = new Label(value);
        text.setWrapText(true);
        GridPane.setValignment(name, VPos.TOP);
        grid.add(name, 0, row);
        grid.add(text, 1, row);
        row++;
    }

    /** A node of its own (a warning, say) in the values' column. */
    public void full(Node node) {
        grid.add(node, 1, row);
        row++;
    }

    /** A full-width heading between groups of lines. */
    public void heading(String text) {
        FieldRows.heading(grid, row, text);
        row++;
    }
}
