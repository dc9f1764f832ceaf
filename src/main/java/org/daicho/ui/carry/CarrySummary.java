package org.daicho.ui.carry;

import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryRecord;
import org.daicho.domain.DateStyle;
import org.daicho.i18n.Messages;

/** The record a dialog acts on, as a few read-only lines at its top: what, who, why, where, when. */
final class CarrySummary {

    private CarrySummary() {
    }

    static Node of(CarryEntry entry, Messages messages, DateStyle style) {
        CarryRecord r = entry.record();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        row = line(grid, row, messages.get("carry.field.KIND"), messages.label(r.kind()) + "　"
                + messages.label(r.status()));
        row = line(grid, row, messages.get(r.kind() == CarryKind.BRING_IN ? "carry.ui.column.device"
                : "carry.ui.column.target"), entry.targetText());
        if (entry.isConfidential3()) {
            Label flag = new Label("⚠ " + messages.get("carry.ui.summary.confidential3", r.confidential3Reason()));
            flag.setWrapText(true);
            flag.getStyleClass().add("storage-warning");
            grid.add(flag, 1, row++);
        }
        row = line(grid, row, messages.get("carry.ui.column.person"),
                (entry.carrierSectionName() + " " + entry.carrierName()).strip());
        row = line(grid, row, messages.get("carry.field.PURPOSE"), r.purpose());
        row = line(grid, row, messages.get("carry.field.DESTINATION"), r.destination());
        row = line(grid, row, messages.get("carry.ui.summary.period"), messages.get("carry.ui.summary.periodText",
                CarryTimes.format(r.plannedOut(), style), CarryTimes.format(r.plannedReturn(), style)));
        String measures = r.measures().isEmpty() ? messages.get("carry.ui.summary.noMeasures")
                : r.measures().stream().sorted().map(messages::label).collect(Collectors.joining("・"));
        row = line(grid, row, messages.get("carry.field.MEASURES"), measures);
        if (!r.warningReason().isEmpty()) {
            row = line(grid, row, messages.get("carry.field.WARNING_REASON"), r.warningReason());
        }
        if (r.kind() == CarryKind.BRING_IN) {
            row = line(grid, row, messages.get("carry.ui.form.checks"), messages.get("carry.ui.summary.checks",
                    messages.get(r.virusScanned() ? "carry.ui.check.done" : "carry.ui.check.notDone"),
                    messages.get(r.patchesApplied() ? "carry.ui.check.done" : "carry.ui.check.notDone")));
        }
        line(grid, row, messages.get("carry.field.APPLICANT"), entry.applicantName() + "　"
                + CarryTimes.format(r.appliedAt(), style));
        VBox box = new VBox(grid);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("rules-panel");
        box.setId("carrySummary");
        return box;
    }

    private static int line(GridPane grid, int row, String label, String value) {
        Label name = new Label(label);
        name.getStyleClass().add("text-muted");
        Label text = new Label(value);
        text.setWrapText(true);
        GridPane.setValignment(name, VPos.TOP);
        grid.add(name, 0, row);
        grid.add(text, 1, row);
        return row + 1;
    }
}
