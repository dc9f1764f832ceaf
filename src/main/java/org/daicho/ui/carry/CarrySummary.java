package org.daicho.ui.carry;

import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryRecord;
import org.daicho.domain.DateStyle;
import org.daicho.i18n.Messages;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.InfoLines;

/** The record a dialog acts on, as a few read-only lines at its top: what, who, why, where, when. */
final class CarrySummary {

    private CarrySummary() {
    }

    static Node of(CarryEntry entry, Messages messages, DateStyle style) {
        CarryRecord r = entry.record();
        GridPane grid = InfoLines.grid(130, 4);
        InfoLines lines = new InfoLines(grid);
        lines.add(messages.get("carry.field.KIND"), messages.label(r.kind()) + "　" + messages.label(r.status()));
        lines.add(messages.get(r.kind() == CarryKind.BRING_IN ? "carry.ui.column.device" : "carry.ui.column.target"),
                entry.targetText());
        if (entry.isConfidential3()) {
            Label flag = new Label("⚠ " + messages.get("carry.ui.summary.confidential3", r.confidential3Reason()));
            flag.setWrapText(true);
            flag.getStyleClass().add("storage-warning");
            lines.full(flag);
        }
        lines.add(messages.get("carry.ui.column.person"),
                (entry.carrierSectionName() + " " + entry.carrierName()).strip());
        lines.add(messages.get("carry.field.PURPOSE"), r.purpose());
        lines.add(messages.get("carry.field.DESTINATION"), r.destination());
        lines.add(messages.get("carry.ui.summary.period"), messages.get("carry.ui.summary.periodText",
                DateTimeText.format(r.plannedOut(), style), DateTimeText.format(r.plannedReturn(), style)));
        String measures = r.measures().isEmpty() ? messages.get("carry.ui.summary.noMeasures")
                : r.measures().stream().sorted().map(messages::label).collect(Collectors.joining("・"));
        lines.add(messages.get("carry.field.MEASURES"), measures);
        if (!r.warningReason().isEmpty()) {
            lines.add(messages.get("carry.field.WARNING_REASON"), r.warningReason());
        }
        if (r.kind() == CarryKind.BRING_IN) {
            lines.add(messages.get("carry.ui.form.checks"), messages.get("carry.ui.summary.checks",
                    messages.get(r.virusScanned() ? "carry.ui.check.done" : "carry.ui.check.notDone"),
                    messages.get(r.patchesApplied() ? "carry.ui.check.done" : "carry.ui.check.notDone")));
        }
        lines.add(messages.get("carry.field.APPLICANT"), entry.applicantName() + "　"
                + DateTimeText.format(r.appliedAt(), style));
        VBox box = new VBox(grid);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("rules-panel");
        box.setId("carrySummary");
        return box;
    }
}
