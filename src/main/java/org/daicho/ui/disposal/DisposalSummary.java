package org.daicho.ui.disposal;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalRecord;
import org.daicho.i18n.Messages;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.InfoLines;

/** The record a dialog acts on, as a few read-only lines at its top: which record, what, how, why, who asked. */
final class DisposalSummary {

    private DisposalSummary() {
    }

    static Node of(DisposalEntry entry, Messages messages, DateStyle style) {
        DisposalRecord r = entry.record();
        DisposalDraft a = r.application();
        GridPane grid = InfoLines.grid(110, 3);
        InfoLines lines = new InfoLines(grid).wholeNames();
        lines.add(messages.get("disposal.field.RECORD_NO"), r.recordNo() + "　"
                + DisposalTexts.status(r, messages) + "　" + messages.label(a.end()));
        lines.add(messages.get("disposal.field.ASSETS"),
                messages.get("disposal.ui.summary.assets", entry.assets().size(), entry.assets().size() == 1
                        ? DisposalTexts.target(entry, messages) : entry.assetNumbers()));
        if (entry.highestConfidentiality() >= 3) {
            lines.full(DialogParts.warning(messages.get("disposal.ui.summary.confidential3")));
        }
        lines.add(messages.get("disposal.ui.summary.plan"), messages.get("disposal.ui.summary.planText",
                DisposalTexts.method(a.plannedMethod(), a.plannedTechnique(), messages), messages.label(a.plannedPlace()),
                style.format(a.plannedOn())));
        lines.add(messages.get("disposal.field.REASON"), a.reason());
        lines.add(messages.get("disposal.field.APPLICANT_STAFF"), entry.applicantName() + "　"
                + DateTimeText.format(r.appliedAt(), style));
        VBox box = new VBox(grid);
        box.setPadding(new Insets(10, 12, 10, 12));
        box.getStyleClass().add("rules-panel");
        box.setId("disposalSummary");
        return box;
    }
}
