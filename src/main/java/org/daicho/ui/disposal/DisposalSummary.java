package org.daicho.ui.disposal;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalRecord;
import org.daicho.i18n.Messages;

/** The record a dialog acts on, as a few read-only lines at its top: which record, what, how, why, who asked. */
final class DisposalSummary {

    private DisposalSummary() {
    }

    static Node of(DisposalEntry entry, Messages messages, DateStyle style) {
        DisposalRecord r = entry.record();
        DisposalDraft a = r.application();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(3);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        row = line(grid, row, messages.get("disposal.field.RECORD_NO"), r.recordNo() + "　"
                + DisposalTexts.status(r, messages) + "　" + messages.label(a.end()));
        row = line(grid, row, messages.get("disposal.field.ASSETS"),
                messages.get("disposal.ui.summary.assets", entry.assets().size(), entry.assets().size() == 1
                        ? DisposalTexts.target(entry, messages) : entry.assetNumbers()));
        if (entry.highestConfidentiality() >= 3) {
            Label flag = DisposalDialogs.warning(messages.get("disposal.ui.summary.confidential3"));
            grid.add(flag, 1, row++);
        }
        row = line(grid, row, messages.get("disposal.ui.summary.plan"), messages.get("disposal.ui.summary.planText",
                DisposalTexts.method(a.plannedMethod(), a.plannedTechnique(), messages), messages.label(a.plannedPlace()),
                style.format(a.plannedOn())));
        row = line(grid, row, messages.get("disposal.field.REASON"), a.reason());
        line(grid, row, messages.get("disposal.field.APPLICANT_STAFF"), entry.applicantName() + "　"
                + DisposalTimes.format(r.appliedAt(), style));
        VBox box = new VBox(grid);
        box.setPadding(new Insets(10, 12, 10, 12));
        box.getStyleClass().add("rules-panel");
        box.setId("disposalSummary");
        return box;
    }

    private static int line(GridPane grid, int row, String label, String value) {
        Label name = new Label(label);
        name.getStyleClass().add("text-muted");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        GridPane.setValignment(name, VPos.TOP);
        grid.add(name, 0, row);
        grid.add(text, 1, row);
        return row + 1;
    }
}
